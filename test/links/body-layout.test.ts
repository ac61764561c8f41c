import { describe, expect, it } from "vitest";
import { parsedLayout, plainProseLayout } from "../../src/links/body-layout.js";

/** The plain-prose reader must give remark's layout, or decline and leave the body to remark. */
describe("plainProseLayout", () => {
  const plain = [
    "Le marché avance. Puis recule.\n\n## Partie 1\n\nLe réseau suit.\nSur deux lignes.\n",
    "## Titre d'abord\n\nUn paragraphe sans point",
    "« Une citation » ouvre le texte.\n\nL'accord de Paris aussi.\n# Un titre coupe le paragraphe\nPuis (reprise) « ici ».\n",
    "Espace\u00a0insécable. Et\u2009fine.\n\n\n\nDeux blancs avant.",
    "",
    "#\n\nTitre vide avant.",
  ];
  it.each(plain)("reads %j as remark does", (body) => {
    const layout = plainProseLayout(body);
    expect(layout).toBeDefined();
    expect(layout).toEqual(parsedLayout(body));
  });

  const markup = [
    "Du **gras** ici.",
    "Un [lien](https://example.org).",
    "- une liste\n- de deux",
    "1. liste numérotée",
    "> une citation",
    "    du code indenté",
    "Fin de ligne avec deux espaces  \nsuite",
    "Une ligne\n===",
    "Une ligne\n---",
    "Une entité &eacute;.",
    "Un échappement \\* ici.",
    "####### sept dièses",
    "Retour\r\nchariot",
    " Espace en tête.",
    "Espace en fin. \nsuite",
    "<div>html</div>",
    "Du `code`.",
  ];
  it.each(markup)("leaves %j to remark", (body) => {
    expect(plainProseLayout(body)).toBeUndefined();
  });
});
