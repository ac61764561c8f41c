import { isPassiveSentence } from "./french-passive.js";
import { excerpt, formatPercent } from "./locate.js";
import { proseStatsOf } from "./prose-stats.js";
import type { Rule } from "./rule.js";
import { PASSIVE_VOICE } from "./thresholds.js";

/**
 * More than {@link PASSIVE_VOICE}'s share of the sentences in the passive (French only:
 * the detector reads « être » and French participles; see french-passive.ts).
 */
export const passiveVoice: Rule = {
  id: "passive-voice",
  description: `At most ${PASSIVE_VOICE.maxShare * 100} % of sentences in the passive voice.`,
  check(article, context) {
    if (context.lang !== "fr") return [];
    const { sentences } = proseStatsOf(article);
    if (sentences.length === 0) return [];
    const passives = sentences.filter((sentence) => isPassiveSentence(sentence.text));
    const share = passives.length / sentences.length;
    const first = passives[0];
    if (share <= PASSIVE_VOICE.maxShare || first === undefined) return [];
    const opening = excerpt(first.text, 50);
    const max = PASSIVE_VOICE.maxShare * 100;
    return [
      {
        rule: "passive-voice",
        severity: "warning",
        message: `${passives.length} of ${sentences.length} sentences (${formatPercent(share, ".")}) are in the passive voice (at most ${max} %): make the doer the subject, starting with "${opening}"`,
        line: first.block.line,
        actual: Number(share.toFixed(3)),
        expected: PASSIVE_VOICE.maxShare,
        repair: `${passives.length} phrases sur ${sentences.length} (${formatPercent(share, ",")}) sont à la voix passive (au plus ${max} %) : tourne-les à l'actif en faisant de l'auteur de l'action le sujet (« le conseil a voté la loi » plutôt que « la loi a été votée »), à commencer par « ${opening} ».`,
      },
    ];
  },
};
