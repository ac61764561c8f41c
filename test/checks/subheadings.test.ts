import { subheadings } from "../../src/checks/subheadings.js";
import { articleOf, BODY_LINE, GOOD_ARTICLE, testRule } from "./rule-tester.js";

/** A body of blocks separated by blank lines: block `i` is on file line BODY_LINE + 2i. */
const body = (...blocks: string[]) => articleOf(blocks.join("\n\n"));
const lineOfBlock = (index: number) => BODY_LINE + 2 * index;

const tooFew = (count: number) => ({
  severity: "error" as const,
  message: `${count} "##" subheadings; at least 3 are needed: split the body into sections`,
  repair: `L'article n'a que ${count} intertitre(s) de niveau 2 (« ## ») ; il en faut au moins 3 : découpe le corps en sections, chacune ouverte par un intertitre « ## » informatif.`,
  actual: count,
  expected: 3,
});

testRule(subheadings, {
  valid: [
    { name: "the good article", article: GOOD_ARTICLE },
    {
      name: "exactly three ## subheadings",
      article: body("Intro.", "## Un", "Texte.", "## Deux", "Texte.", "## Trois", "Texte."),
    },
    {
      name: "four ## subheadings",
      article: body("## Un", "## Deux", "## Trois", "## Quatre"),
    },
    {
      name: "each level one below the one before, then back up",
      article: body("## Un", "### Un.1", "#### Un.1.a", "## Deux", "### Deux.1", "## Trois"),
    },
    {
      name: "a jump back up several levels",
      article: body("## Un", "### Un.1", "#### Un.1.a", "##### Détail", "## Deux", "## Trois"),
    },
  ],
  invalid: [
    {
      name: "two ## subheadings",
      article: body("Intro.", "## Un", "Texte.", "## Deux", "Texte."),
      errors: [tooFew(2)],
    },
    {
      name: "no subheading at all",
      article: body("Un seul paragraphe."),
      errors: [tooFew(0)],
    },
    {
      name: "a ### is not counted as a ##",
      article: body("## Un", "### Un.1", "## Deux", "### Deux.1"),
      errors: [tooFew(2)],
    },
    {
      name: "a level-1 heading in the body, on its line",
      article: body("Intro.", "# Le grand titre", "## Un", "## Deux", "## Trois"),
      errors: [
        {
          severity: "error",
          line: lineOfBlock(1),
          message:
            '"# Le grand titre" is a level-1 heading in the body; the title lives in the front-matter: remove it or make it "##"',
          repair:
            "Retire le titre de niveau 1 « # Le grand titre » du corps : le titre va uniquement dans le front-matter (champ title) ; les intertitres sont en « ## ».",
        },
      ],
    },
    {
      name: "a # does not count as a ## either",
      article: body("# Un", "## Deux", "## Trois"),
      errors: [tooFew(2), { severity: "error", line: BODY_LINE, message: '"# Un" is a level-1' }],
    },
    {
      name: "a #### straight after a ## skips ###",
      article: body("## Un", "Texte.", "#### Trop bas", "## Deux", "## Trois"),
      errors: [
        {
          severity: "error",
          line: lineOfBlock(2),
          message: '"#### Trop bas" skips a level after level 2: use "###"',
          repair: "L'intertitre « Trop bas » saute un niveau (#### après ##) : utilise « ### ».",
        },
      ],
    },
    {
      name: "a ### before any ## skips a level after the title",
      article: body("Intro.", "### Trop tôt", "## Un", "## Deux", "## Trois"),
      errors: [
        {
          severity: "error",
          line: lineOfBlock(1),
          message: '"### Trop tôt" skips a level after level 1: use "##"',
          repair: "L'intertitre « Trop tôt » saute un niveau (### après #) : utilise « ## ».",
        },
      ],
    },
    {
      name: "a ### after a # in the body skips a level after level 1",
      article: body("# Titre", "### Trop bas", "## Un", "## Deux", "## Trois"),
      errors: [
        { severity: "error", line: lineOfBlock(0), message: '"# Titre" is a level-1 heading' },
        {
          severity: "error",
          line: lineOfBlock(1),
          message: '"### Trop bas" skips a level after level 1: use "##"',
        },
      ],
    },
    {
      name: "every skip is reported, each on its line, after the count",
      article: body("## Un", "#### A", "## Deux", "##### B"),
      errors: [
        tooFew(2),
        {
          severity: "error",
          line: lineOfBlock(1),
          message: '"#### A" skips a level after level 2: use "###"',
        },
        {
          severity: "error",
          line: lineOfBlock(3),
          message: '"##### B" skips a level after level 2: use "###"',
          repair: "(##### après ##)",
        },
      ],
    },
  ],
});
