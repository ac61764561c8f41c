import type { Finding } from "../core/finding.js";
import { hasKeyphrase, type Keyphrase, keyphraseOf, keyphraseWordsIn } from "./keyphrase-match.js";
import { frontMatterLine } from "./locate.js";
import type { Rule } from "./rule.js";

/** Yoast's band for the share of H2/H3 subheadings that hold the keyphrase: 30–75 %. */
export const SUBHEADING_KEYPHRASE_SHARE = { min: 0.3, max: 0.75 } as const;

function missing(
  keyphrase: Keyphrase,
  where: string,
  whereFr: string,
  line: number | undefined,
): Finding {
  const finding: Finding = {
    rule: "keyphrase",
    severity: "warning",
    message: `the focus keyphrase "${keyphrase.text}" is missing from ${where}: put it there`,
    repair: `L'expression clé « ${keyphrase.text} » manque dans ${whereFr} : ajoute-la.`,
  };
  if (line !== undefined) finding.line = line;
  return finding;
}

/**
 * The focus keyphrase (`--keyword`, else the first front-matter keyword) in the title, the
 * description and the first paragraph, each with every content word; and in 30–75 % of
 * the H2/H3 subheadings, each with more than half of its content words (Yoast's rules).
 */
export const keyphrase: Rule = {
  id: "keyphrase",
  description:
    "The focus keyphrase is in the title, the description, the introduction and some subheadings.",
  check(article, context) {
    const phrase = keyphraseOf(article, context);
    if (!phrase) return [];
    const findings: Finding[] = [];
    const { title, description } = article.frontMatter;
    if (typeof title === "string" && !hasKeyphrase(title, phrase)) {
      findings.push(
        missing(phrase, "the title", "le titre (champ title)", frontMatterLine(article, "title")),
      );
    }
    if (typeof description === "string" && !hasKeyphrase(description, phrase)) {
      findings.push(
        missing(
          phrase,
          "the description",
          "la méta-description (champ description)",
          frontMatterLine(article, "description"),
        ),
      );
    }
    const introduction = article.blocks.find((block) => block.kind === "paragraph");
    if (introduction && !hasKeyphrase(introduction.text, phrase)) {
      findings.push(
        missing(phrase, "the first paragraph", "le premier paragraphe", introduction.line),
      );
    }
    const subheadings = article.headings.filter(
      (heading) => heading.depth === 2 || heading.depth === 3,
    );
    if (subheadings.length > 0) {
      const needed = Math.floor(phrase.stems.length / 2) + 1;
      const holding = subheadings.filter(
        (heading) => keyphraseWordsIn(heading.text, phrase) >= needed,
      ).length;
      const share = holding / subheadings.length;
      const { min, max } = SUBHEADING_KEYPHRASE_SHARE;
      if (share < min || share > max) {
        const percent = Math.round(share * 100);
        const tooFew = share < min;
        const finding: Finding = {
          rule: "keyphrase",
          severity: "warning",
          message: `${holding} of ${subheadings.length} subheadings (${percent} %) hold the focus keyphrase "${phrase.text}"; ${min * 100}–${max * 100} % is best: ${tooFew ? "put it in more of them" : "use synonyms in some"}`,
          actual: Number(share.toFixed(3)),
          expected: `${min}–${max}`,
          repair: tooFew
            ? `L'expression clé « ${phrase.text} » n'apparaît que dans ${holding} intertitre(s) sur ${subheadings.length} : place-la dans environ un intertitre sur deux.`
            : `L'expression clé « ${phrase.text} » apparaît dans ${holding} intertitres sur ${subheadings.length} : remplace-la par un synonyme dans certains d'entre eux.`,
        };
        const line = (
          tooFew
            ? subheadings[0]
            : subheadings.find((heading) => hasKeyphrase(heading.text, phrase))
        )?.line;
        if (line !== undefined) finding.line = line;
        findings.push(finding);
      }
    }
    return findings;
  },
};
