import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { randomFrom } from "../../bench/articles.js";
import { splitFrontMatter } from "../../src/core/article.js";
import { plainProseTree } from "../../src/core/plain-prose.js";
import { ROOT } from "../run-cli.js";

/** The tree built without parsing must be remark's, or not be built at all. */
const remark = unified().use(remarkParse);
const parsed = (body: string) => remark.parse(body);

function expectRemarksTree(body: string): boolean {
  const tree = plainProseTree(body);
  if (tree !== undefined) expect(tree, JSON.stringify(body)).toEqual(parsed(body));
  return tree !== undefined;
}

describe("plainProseTree", () => {
  const plain = [
    "Le marché avance. Puis recule.\n\n## Partie 1\n\nLe réseau suit.\nSur deux lignes.\n",
    "## Titre d'abord\n\nUn paragraphe sans point",
    "« Une citation » ouvre le texte.\n\nL'accord de Paris aussi.\n# Un titre coupe le paragraphe\nPuis (reprise) « ici ».\n",
    "Espace\u00a0insécable. Et\u2009fine.\n\n\n\nDeux blancs avant.",
    "",
    "\n",
    "#\n\nTitre vide avant.",
    "2024 fut une année record.\n1er trimestre : hausse.",
    "— Un dialogue ouvre la ligne.\n… puis des points de suspension !",
    "## Le C# en 2024\n\nAttention ! Les prix > 10 € | ~ 3 %.",
    "Un emoji 😀 compte deux unités.\nSuite.",
    "###### Six dièses\nTexte.",
  ];
  it.each(plain)("builds remark's tree for %j", (body) => {
    expect(expectRemarksTree(body)).toBe(true);
  });

  const markup = [
    "Du **gras** ici.",
    "Un [lien](https://example.org).",
    "- une liste\n- de deux",
    "1. liste numérotée",
    "Texte\n2) suite numérotée",
    "> une citation",
    "    du code indenté",
    "Fin de ligne avec deux espaces  \nsuite",
    "Une ligne\n===",
    "Une ligne\n---",
    "Une entité &eacute;.",
    "Un échappement \\* ici.",
    "####### sept dièses",
    "## Titre fermé ##",
    "#Sans espace",
    "##  Deux espaces",
    "Retour\r\nchariot",
    " Espace en tête.",
    "Espace en fin. \nsuite",
    "<div>html</div>",
    "Du `code`.",
    "Une\ttabulation.",
    "Saut\fde page.",
    "***",
    "+ plus",
  ];
  it.each(markup)("leaves %j to remark", (body) => {
    expect(plainProseTree(body)).toBeUndefined();
  });

  it("builds the tree of the benchmarks' article, and remark's for every file of the corpora", () => {
    const folders = ["test/fixtures/checks", "test/fixtures/site", "bench/yoast-corpus", "seeds"];
    let built = 0;
    for (const folder of folders) {
      for (const name of readdirSync(join(ROOT, folder))) {
        if (!/\.(md|txt)$/u.test(name)) continue;
        const { body } = splitFrontMatter(readFileSync(join(ROOT, folder, name), "utf8"));
        if (expectRemarksTree(body)) built += 1;
      }
    }
    const good = readFileSync(join(ROOT, "test/fixtures/checks/good-article.md"), "utf8");
    expect(plainProseTree(splitFrontMatter(good).body)).toBeDefined();
    expect(built).toBeGreaterThan(10);
  });

  /** Lines of every kind the reader must tell apart, drawn at random into bodies. */
  const LINES = [
    "Une phrase ordinaire.",
    "Deux phrases. Sur une ligne.",
    "« Citation » en tête",
    "(parenthèse) d'abord",
    "2024 en tête de ligne",
    "1. item",
    "12) item",
    "1.5 million",
    "3.",
    "# Titre",
    "## Titre de section",
    "### Titre avec # dedans",
    "## Titre fermé #",
    "##",
    "#Collé",
    "#### ",
    "",
    "",
    " Espace en tête",
    "Espace en fin ",
    "Deux espaces  ",
    "> citation",
    "- puce",
    "* étoile",
    "---",
    "===",
    "***",
    "    code",
    "```",
    "<p>",
    "Texte avec *emphase*",
    "Texte avec [lien]",
    "Un\u00a0espace insécable",
    "Fin insécable\u00a0",
    "— tiret cadratin",
    "😀 emoji en tête",
    "Ligne\u2028séparée",
    "| cellule |",
    "Attention !",
    "a",
  ];
  it("builds remark's tree, or none, for 5,000 generated bodies", () => {
    const random = randomFrom(14);
    let built = 0;
    for (let body = 0; body < 5000; body += 1) {
      const count = 1 + Math.floor(random() * 8);
      const lines = Array.from(
        { length: count },
        () => LINES[Math.floor(random() * LINES.length)] ?? "",
      );
      if (expectRemarksTree(lines.join("\n") + (random() < 0.5 ? "\n" : ""))) built += 1;
    }
    // The generator reaches both sides: some bodies are built, most are left to remark.
    expect(built).toBeGreaterThan(100);
  });
});
