import type { Finding } from "../core/finding.js";
import { proseStatsOf, type SentenceStats } from "./prose-stats.js";
import type { Rule } from "./rule.js";
import { SENTENCE_OPENINGS } from "./thresholds.js";

/** Yoast's consecutive sentences: more than 2 in a row opening with the same word is monotonous. */
export const MAX_SAME_OPENINGS = SENTENCE_OPENINGS.maxSame;

/** Determiners do not make openings alike: "Le gouvernement…" and "Le ministre…" differ. */
const DETERMINERS: ReadonlySet<string> = new Set([
  "la",
  "le",
  "les",
  "un",
  "une",
  "des",
  "du",
  "ce",
  "ces",
  "cet",
  "cette",
  "sa",
  "ses",
  "son",
  "leur",
  "leurs",
]);

function openingOf(sentence: SentenceStats): string {
  const first = sentence.firstWord;
  return DETERMINERS.has(first) ? `${first} ${sentence.secondWord}` : first;
}

/**
 * More than {@link MAX_SAME_OPENINGS} consecutive sentences opening with the same word.
 * A run goes on across paragraphs and quotes; a heading, a list or a table ends it (list
 * items often open alike on purpose).
 */
export const sentenceOpenings: Rule = {
  id: "sentence-openings",
  description: `No more than ${MAX_SAME_OPENINGS} consecutive sentences open with the same word.`,
  check(article) {
    const findings: Finding[] = [];
    let run: SentenceStats[] = [];
    let opening = "";
    const close = () => {
      const first = run[0];
      if (run.length > MAX_SAME_OPENINGS && first) {
        findings.push({
          rule: "sentence-openings",
          severity: "warning",
          message: `${run.length} consecutive sentences open with "${opening}": vary the openings`,
          line: first.block.line,
          actual: run.length,
          expected: MAX_SAME_OPENINGS,
          repair: `${run.length} phrases de suite commencent par « ${opening} » : varie le début des phrases.`,
        });
      }
      run = [];
      opening = "";
    };
    const sentences = proseStatsOf(article).sentences;
    let at = 0;
    for (const block of article.blocks) {
      const runs = block.kind === "paragraph" || block.kind === "quote";
      if (!runs) close();
      // Sentences come in block order: take this block's own.
      for (let sentence = sentences[at]; sentence?.block === block; sentence = sentences[++at]) {
        if (!runs) continue;
        const current = openingOf(sentence);
        if (current !== opening) close();
        opening = current;
        // A sentence opening with a figure or a symbol is like no other.
        if (current !== "") run.push(sentence);
      }
    }
    close();
    return findings;
  },
};
