import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import {
  applyPatch,
  describeParts,
  describePlan,
  partMarker,
  planPolish,
  planRepair,
  type RepairPlan,
} from "../../src/pipeline/patch.js";

const ARTICLE = [
  "---", // 1
  'title: "Un titre"', // 2
  'description: "Une description"', // 3
  "keywords:", // 4
  "  - a", // 5
  "  - b", // 6
  'slug: "un-titre"', // 7
  "---", // 8
  "", // 9
  "Premier paragraphe, ligne un.", // 10
  "Premier paragraphe, ligne deux.", // 11
  "", // 12
  "## Première partie", // 13
  "", // 14
  "Deuxième paragraphe.", // 15
  "", // 16
  "## Conclusion", // 17
  "", // 18
  "Dernier paragraphe.", // 19
].join("\n");

const error = (rule: string, message: string, line?: number, repair?: string): Finding => ({
  rule,
  severity: "error",
  message,
  ...(line !== undefined ? { line } : {}),
  ...(repair !== undefined ? { repair } : {}),
});
const context = { minWords: 700, words: 600 };

function patchPlan(findings: Finding[]): Extract<RepairPlan, { kind: "patch" }> {
  const plan = planRepair(ARTICLE, findings, context);
  if (plan.kind !== "patch") throw new Error(`expected a patch, got a rewrite: ${plan.why}`);
  return plan;
}

describe("planRepair", () => {
  it.each([
    ["truncated", error("truncated", "cut", undefined)],
    ["originality", error("originality", "copied", undefined)],
    ["subheadings", error("subheadings", '0 "##" subheadings; at least 3 are needed', undefined)],
    ["subheadings", error("subheadings", '"# Titre" is a level-1 heading in the body', 13)],
    ["sentence-length", error("sentence-length", "too long", 15)],
    ["fidelity outside a paragraph", error("fidelity", "25 millions", 13)],
    ["fidelity outside a paragraph", error("fidelity", "25 millions", 8)],
    ["fidelity outside a paragraph", error("fidelity", "25 millions", 12)],
  ])("rewrites whole for %s", (why, finding) => {
    expect(planRepair(ARTICLE, [finding], context)).toEqual({ kind: "rewrite", why });
  });

  it("rewrites whole when no error is local: nothing to mend", () => {
    const warning: Finding = { rule: "keyphrase", severity: "warning", message: "rare" };
    expect(planRepair(ARTICLE, [warning], context)).toEqual({
      kind: "rewrite",
      why: "nothing local to mend",
    });
  });

  it("rewrites whole a paragraph without line: it cannot be found", () => {
    expect(planRepair(ARTICLE, [error("fidelity", "x")], context).kind).toBe("rewrite");
  });

  it("asks for the failing front-matter fields only, with the repair advice", () => {
    const plan = patchPlan([
      error("front-matter", "description (300 characters) is longer", 3, "Raccourcis."),
      error("front-matter", "title (80 characters) is longer", 2),
    ]);
    expect(plan.parts).toEqual([
      {
        kind: "front-matter",
        fields: ["description", "title"],
        problems: ["Raccourcis.", "title (80 characters) is longer"],
      },
    ]);
  });

  it("asks for every field when the error names none", () => {
    const plan = patchPlan([error("front-matter", "no front-matter: start the file", 1)]);
    expect(plan.parts[0]).toMatchObject({ fields: ["title", "description", "keywords"] });
  });

  it("finds the whole paragraph around the line, and one part per paragraph", () => {
    const plan = patchPlan([
      error("fidelity", "figure one", 11),
      error("artifacts", "echo", 10),
      error("language", "English", 19),
    ]);
    expect(plan.parts).toEqual([
      {
        kind: "paragraph",
        start: 10,
        end: 11,
        text: "Premier paragraphe, ligne un.\nPremier paragraphe, ligne deux.",
        problems: ["figure one", "echo"],
      },
      { kind: "paragraph", start: 19, end: 19, text: "Dernier paragraphe.", problems: ["English"] },
    ]);
  });

  it("rewrites whole past six paragraphs", () => {
    const many = Array.from({ length: 7 }, (_, index) => `Paragraphe ${index}.`).join("\n\n");
    const article = `---\ntitle: t\n---\n\n${many}`;
    const findings = Array.from({ length: 7 }, (_, index) => error("fidelity", "x", 5 + 2 * index));
    expect(planRepair(article, findings, context)).toEqual({
      kind: "rewrite",
      why: "too many paragraphs",
    });
    expect(planRepair(article, findings.slice(0, 6), context).kind).toBe("patch");
  });

  it("asks for the missing words plus a margin of 20 % of the minimum, at least 60", () => {
    const [part] = patchPlan([error("word-count", "short")]).parts;
    expect(part).toEqual({ kind: "sections", words: 100 + 140, problems: ["short"] });
    const small = planRepair(ARTICLE, [error("word-count", "short")], { minWords: 100, words: 90 });
    expect(small.kind === "patch" && small.parts[0]).toMatchObject({ words: 10 + 60 });
  });

  it("asks for the longest stretch with the missing ## added", () => {
    const [part] = patchPlan([
      error("subheadings", '2 "##" subheadings; at least 3 are needed'),
    ]).parts;
    expect(part).toEqual({
      kind: "stretch",
      start: 10,
      end: 11,
      text: "Premier paragraphe, ligne un.\nPremier paragraphe, ligne deux.",
      headings: 1,
      problems: ['2 "##" subheadings; at least 3 are needed'],
    });
  });

  it("rewrites whole when a paragraph to mend lies in the stretch", () => {
    const plan = planRepair(
      ARTICLE,
      [error("subheadings", '2 "##" subheadings; at least 3'), error("fidelity", "x", 10)],
      context,
    );
    expect(plan).toEqual({ kind: "rewrite", why: "overlapping parts" });
  });

  it("orders the parts: front-matter, paragraphs top down, stretch, sections", () => {
    const plan = patchPlan([
      error("word-count", "short"),
      error("fidelity", "x", 19),
      error("fidelity", "y", 15),
      error("front-matter", "title is empty", 2),
    ]);
    expect(plan.parts.map((part) => part.kind)).toEqual([
      "front-matter",
      "paragraph",
      "paragraph",
      "sections",
    ]);
    expect(describePlan(plan)).toEqual([
      "front-matter (title)",
      "new sections (240 words)",
      "2 paragraphs",
    ]);
  });
});

describe("describeParts", () => {
  it("marks each part and says what to return", () => {
    const plan = patchPlan([
      error("front-matter", "title is empty", 2),
      error("fidelity", "« x »", 15),
    ]);
    const text = describeParts(plan.parts);
    expect(text).toContain(`${partMarker(1)}\nLe front-matter`);
    expect(text).toContain("`title`");
    expect(text).toContain(`${partMarker(2)}\nLe paragraphe suivant`);
    expect(text).toContain("- « x »\nParagraphe actuel :\nDeuxième paragraphe.");
    expect(partMarker(3)).toBe("=== PARTIE 3 ===");
  });
});

describe("applyPatch", () => {
  it("replaces one paragraph, every other line kept", () => {
    const plan = patchPlan([error("fidelity", "x", 15)]);
    const patched = applyPatch(ARTICLE, plan, "Paragraphe mendé.");
    expect(patched).toBe(ARTICLE.replace("Deuxième paragraphe.", "Paragraphe mendé."));
  });

  it("splices several parts by their markers, bottom up, in any wrapper", () => {
    const plan = patchPlan([error("fidelity", "x", 10), error("fidelity", "y", 19)]);
    const answer = `Voici :\n\`\`\`markdown\n**${partMarker(1)}**\nUn.\n\n${partMarker(2)}\nDeux.\n\`\`\``;
    const patched = applyPatch(ARTICLE, plan, answer) ?? "";
    expect(patched).toContain("---\n\nUn.\n\n## Première partie");
    expect(patched.endsWith("## Conclusion\n\nDeux.")).toBe(true);
  });

  // What real models send back to a patch request: a chatty line before, a fence, a closing offer.
  it.each([
    "Voici le paragraphe corrigé :\n\nParagraphe mendé.",
    "Bien sûr ! Voici la version corrigée :\n\n```markdown\nParagraphe mendé.\n```",
    "~~~\nParagraphe mendé.\n~~~\n\nN'hésitez pas si vous souhaitez d'autres modifications.",
    `${partMarker(1)}\nVoici le paragraphe réécrit :\nParagraphe mendé.`,
  ])("takes the part out of the wrapper a real model puts around it: %s", (answer) => {
    const plan = patchPlan([error("fidelity", "x", 15)]);
    expect(applyPatch(ARTICLE, plan, answer)).toBe(
      ARTICLE.replace("Deuxième paragraphe.", "Paragraphe mendé."),
    );
  });

  it("is undefined when a part is missing, empty, or a paragraph comes back as a heading", () => {
    const two = patchPlan([error("fidelity", "x", 10), error("fidelity", "y", 19)]);
    expect(applyPatch(ARTICLE, two, `${partMarker(1)}\nUn.`)).toBeUndefined();
    expect(applyPatch(ARTICLE, two, "Un.\n\nDeux.")).toBeUndefined();
    const one = patchPlan([error("fidelity", "x", 15)]);
    expect(applyPatch(ARTICLE, one, "## Un intertitre\n\nTexte.")).toBeUndefined();
    expect(applyPatch(ARTICLE, one, `${partMarker(1)}\n`)).toBeUndefined();
  });

  it("replaces the front-matter fields asked, keeps the others, reads no YAML alias", () => {
    const plan = patchPlan([error("front-matter", "keywords needs at least 3", 4)]);
    const patched = applyPatch(ARTICLE, plan, "---\nkeywords: [x, y, z]\n---") ?? "";
    expect(patched.split("\n").slice(0, 6)).toEqual([
      "---",
      'keywords: ["x","y","z"]',
      'title: "Un titre"',
      'description: "Une description"',
      'slug: "un-titre"',
      "---",
    ]);
    expect(patched).not.toContain("  - a");
    const bomb = "---\na: &a [x, x]\nkeywords: [*a, *a]\n---";
    expect(applyPatch(ARTICLE, plan, bomb)).toBeUndefined();
    expect(applyPatch(ARTICLE, plan, "---\ntitle: autre\n---")).toBeUndefined();
    expect(applyPatch(ARTICLE, plan, "---\n: : :\n---")).toBeUndefined();
    expect(applyPatch(ARTICLE, plan, "---\n- a list\n---")).toBeUndefined();
  });

  it("inserts new sections before the conclusion", () => {
    const plan = patchPlan([error("word-count", "short")]);
    const patched = applyPatch(ARTICLE, plan, "## Nouvelle partie\n\nDes mots nouveaux.") ?? "";
    expect(patched).toContain(
      "Deuxième paragraphe.\n\n## Nouvelle partie\n\nDes mots nouveaux.\n\n## Conclusion",
    );
    expect(applyPatch(ARTICLE, plan, "Des mots sans intertitre.")).toBeUndefined();
  });

  it("appends new sections at the end when there is no conclusion", () => {
    const article = ARTICLE.replace("## Conclusion", "## Dernière partie");
    const plan = planRepair(article, [error("word-count", "short")], context);
    if (plan.kind !== "patch") throw new Error("expected a patch");
    const patched = applyPatch(article, plan, "## Nouvelle partie\n\nTexte.") ?? "";
    expect(patched.endsWith("Dernier paragraphe.\n\n## Nouvelle partie\n\nTexte.\n")).toBe(true);
  });

  it("takes the stretch back only with the ## it lacked", () => {
    const plan = patchPlan([error("subheadings", '2 "##" subheadings; at least 3')]);
    const stretched =
      "## Ouverture\n\nPremier paragraphe, ligne un.\nPremier paragraphe, ligne deux.";
    expect(applyPatch(ARTICLE, plan, stretched)).toBe(
      ARTICLE.replace(
        "Premier paragraphe, ligne un.",
        "## Ouverture\n\nPremier paragraphe, ligne un.",
      ),
    );
    expect(applyPatch(ARTICLE, plan, "### Ouverture\n\nTexte.")).toBeUndefined();
  });

  it("splices paragraphs and sections together, line numbers true", () => {
    const plan = patchPlan([error("word-count", "short"), error("fidelity", "x", 19)]);
    const answer = `${partMarker(1)}\nFin mendée.\n\n${partMarker(2)}\n## Ajout\n\nPlus de mots.`;
    const patched = applyPatch(ARTICLE, plan, answer) ?? "";
    expect(patched).toContain("## Ajout\n\nPlus de mots.\n\n## Conclusion\n\nFin mendée.");
    expect(patched).not.toContain("Dernier paragraphe.");
  });
});

describe("planPolish (--polish)", () => {
  const warning = (rule: string, message: string, line?: number): Finding => ({
    rule,
    severity: "warning",
    message,
    ...(line !== undefined ? { line } : {}),
  });

  it("asks for the field a front-matter warning points at, and the paragraph a body warning is in", () => {
    const plan = planPolish(ARTICLE, [
      warning("title-length", "le titre dépasse 60 caractères", 2),
      warning("paragraph-length", "paragraphe trop long", 11),
      warning("sentence-openings", "trois phrases commencent par « Le »", 10),
    ]);
    expect(plan?.parts).toEqual([
      { kind: "front-matter", fields: ["title"], problems: ["le titre dépasse 60 caractères"] },
      {
        kind: "paragraph",
        start: 10,
        end: 11,
        text: "Premier paragraphe, ligne un.\nPremier paragraphe, ligne deux.",
        problems: ["paragraphe trop long", "trois phrases commencent par « Le »"],
      },
    ]);
  });

  it("leaves what no part can mend: the whole article, a heading, a slug, an error", () => {
    expect(
      planPolish(ARTICLE, [
        warning("passive-voice", "trop de phrases au passif"),
        warning("keyphrase-subheadings", "intertitres sans l'expression clé", 13),
        warning("slug", "slug trop long", 7),
        error("fidelity", "25 millions", 15),
      ]),
    ).toBeUndefined();
  });

  it("asks for six paragraphs at most, the first ones", () => {
    const long = `${ARTICLE}\n${Array.from({ length: 8 }, (_, index) => `\nParagraphe ${index}.`).join("\n")}`;
    const findings = Array.from({ length: 8 }, (_, index) =>
      warning("paragraph-length", "long", 21 + index * 2),
    );
    const plan = planPolish(long, findings);
    expect(plan?.parts.map((part) => (part.kind === "paragraph" ? part.start : 0))).toEqual([
      21, 23, 25, 27, 29, 31,
    ]);
  });
});
