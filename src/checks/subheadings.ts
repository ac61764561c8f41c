import type { Finding } from "../core/finding.js";
import type { Rule } from "./rule.js";

/** Fewer than this many `##` subheadings is an error (DESIGN.md). */
export const MIN_SUBHEADINGS = 3;

export const subheadings: Rule = {
  id: "subheadings",
  description: `At least ${MIN_SUBHEADINGS} "##" subheadings, no "#" in the body, no skipped level.`,
  check(article) {
    const findings: Finding[] = [];
    const h2 = article.headings.filter((heading) => heading.depth === 2);
    if (h2.length < MIN_SUBHEADINGS) {
      findings.push({
        rule: "subheadings",
        severity: "error",
        message: `${h2.length} "##" subheadings; at least ${MIN_SUBHEADINGS} are needed: split the body into sections`,
        actual: h2.length,
        expected: MIN_SUBHEADINGS,
        repair: `L'article n'a que ${h2.length} intertitre(s) de niveau 2 (« ## ») ; il en faut au moins ${MIN_SUBHEADINGS} : découpe le corps en sections, chacune ouverte par un intertitre « ## » informatif.`,
      });
    }
    let previousDepth = 1;
    for (const heading of article.headings) {
      if (heading.depth === 1) {
        findings.push({
          rule: "subheadings",
          severity: "error",
          message: `"# ${heading.text}" is a level-1 heading in the body; the title lives in the front-matter: remove it or make it "##"`,
          line: heading.line,
          repair: `Retire le titre de niveau 1 « # ${heading.text} » du corps : le titre va uniquement dans le front-matter (champ title) ; les intertitres sont en « ## ».`,
        });
      } else if (heading.depth > previousDepth + 1) {
        findings.push({
          rule: "subheadings",
          severity: "error",
          message: `"${"#".repeat(heading.depth)} ${heading.text}" skips a level after level ${previousDepth}: use "${"#".repeat(previousDepth + 1)}"`,
          line: heading.line,
          repair: `L'intertitre « ${heading.text} » saute un niveau (${"#".repeat(heading.depth)} après ${"#".repeat(previousDepth)}) : utilise « ${"#".repeat(previousDepth + 1)} ».`,
        });
      }
      previousDepth = Math.max(heading.depth, 1);
    }
    return findings;
  },
};
