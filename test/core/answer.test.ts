import { describe, expect, it } from "vitest";
import { normaliseAnswer, stripChatWrapper } from "../../src/core/answer.js";

const ARTICLE = `---
title: "Un titre"
description: "Une description"
keywords: ["a", "b", "c"]
---

Introduction.

## Section

Texte.`;

describe("stripChatWrapper", () => {
  it("keeps a clean answer as it is", () => {
    expect(stripChatWrapper(ARTICLE)).toBe(`${ARTICLE}\n`);
  });

  it("takes the article out of a ```markdown fence with chatter around it", () => {
    const answer = `Voici l'article optimisé :\n\n\`\`\`markdown\n${ARTICLE}\n\`\`\`\n\nN'hésitez pas si vous souhaitez des modifications !`;
    expect(stripChatWrapper(answer)).toBe(`${ARTICLE}\n`);
  });

  it("drops a leading 'Voici…' line and trailing chatter without a fence", () => {
    const answer = `Voici l'article réécrit :\n\n${ARTICLE}\n\n---\n\nJ'espère que cet article vous convient.`;
    expect(stripChatWrapper(answer)).toBe(`${ARTICLE}\n`);
  });

  it("reopens front-matter the model forgot to open", () => {
    const answer = ARTICLE.replace(/^---\n/u, "");
    expect(stripChatWrapper(answer)).toBe(`${ARTICLE}\n`);
  });

  // The whole article must survive, not only the fence: a code block holds neither
  // front-matter nor a subheading, so it is not the article a model wrapped.
  it.each(["js", "", "markdown"])(
    "keeps a ```%s fence that is part of the article body",
    (lang) => {
      const withCode = `${ARTICLE}\n\n\`\`\`${lang}\nconsole.log(1)\n\`\`\``;
      expect(stripChatWrapper(withCode)).toBe(`${withCode}\n`);
    },
  );
});

/** The body without front-matter: what a model sends when it forgets the block. */
const BODY = ARTICLE.slice(ARTICLE.indexOf("Introduction."));

/** Answers that must come out as `expected` (the article, plus one final newline). */
const CASES: { name: string; answer: string; expected: string }[] = [
  { name: "a byte-order mark", answer: `\uFEFF${ARTICLE}`, expected: ARTICLE },
  { name: "CRLF line ends", answer: ARTICLE.replace(/\n/gu, "\r\n"), expected: ARTICLE },
  { name: "blank lines and spaces around", answer: `\n\n  ${ARTICLE}  \n\n\n`, expected: ARTICLE },
  {
    name: "a ~~~md fence with spaces after its tag",
    answer: `Voici :\n~~~md  \n${ARTICLE}\n~~~\nBonne lecture`,
    expected: ARTICLE,
  },
  {
    name: "a four-backtick fence around an article that holds a ``` fence",
    answer: `\`\`\`\`markdown\n${ARTICLE}\n\n\`\`\`\ncode\n\`\`\`\n\`\`\`\``,
    expected: `${ARTICLE}\n\n\`\`\`\ncode\n\`\`\``,
  },
  {
    name: "a ```yaml fence around the article",
    answer: `\`\`\`yaml\n${ARTICLE}\n\`\`\``,
    expected: ARTICLE,
  },
  {
    name: "a ```mdx fence around a body that has only subheadings",
    answer: `Voici l'article :\n\n\`\`\`mdx\n${BODY}\n\`\`\``,
    expected: BODY,
  },
  {
    name: "a fence around a body whose subheadings are ###",
    answer: `\`\`\`\n${BODY.replace("## Section", "### Section")}\n\`\`\``,
    expected: BODY.replace("## Section", "### Section"),
  },
  {
    name: "a fence whose only headings are #### is not the article",
    answer: `Intro.\n\n\`\`\`\n#### Note\ncode\n\`\`\``,
    expected: "Intro.\n\n```\n#### Note\ncode\n```",
  },
  {
    name: "of two fences that hold an article, the larger",
    answer: `\`\`\`markdown\n## Brouillon\n\`\`\`\n\nEt la version finale :\n\n\`\`\`markdown\n${ARTICLE}\n\`\`\``,
    expected: ARTICLE,
  },
  {
    name: "of two fences that hold an article, the larger even when it comes first",
    answer: `\`\`\`markdown\n${ARTICLE}\n\`\`\`\n\nOu plus court :\n\n\`\`\`markdown\n## Brouillon\n\`\`\``,
    expected: ARTICLE,
  },
  {
    name: "a front-matter opened with 'Title:' in capitals",
    answer: ARTICLE.replace(/^---\n/u, "").replace('title: "Un titre"', 'Title: "Un titre"'),
    expected: ARTICLE.replace('title: "Un titre"', 'Title: "Un titre"'),
  },
  {
    name: "a first 'title:' line without any closing --- is not front-matter",
    answer: "title: la suite\n\nUn paragraphe.",
    expected: "title: la suite\n\nUn paragraphe.",
  },
  {
    name: "several chatter lines before the front-matter, one ending with a colon",
    answer: `Bien sûr !\n\nLe résultat est le suivant :\n\n${ARTICLE}`,
    expected: ARTICLE,
  },
  {
    name: "a line of prose before the front-matter: nothing is dropped",
    answer: `Une phrase de prose.\n${ARTICLE}`,
    expected: `Une phrase de prose.\n${ARTICLE}`,
  },
  {
    name: "chatter lines before a body without front-matter",
    answer: `Bien sûr !\n\nVoici l'article demandé :\n\n${BODY}`,
    expected: BODY,
  },
  {
    name: "a body that opens with 'Voici' in a sentence: kept",
    answer: `Voici pourquoi Bercy s'inquiète.\n\n${BODY}`,
    expected: `Voici pourquoi Bercy s'inquiète.\n\n${BODY}`,
  },
  {
    name: "several lines of trailing chatter after a *** separator",
    answer: `${ARTICLE}\n\n***\n\nJ'espère que cela vous convient.\n\nDites-moi si vous souhaitez des changements.`,
    expected: ARTICLE,
  },
  {
    name: "a ___ separator after a body without front-matter",
    answer: `${BODY}\n\n___\n\nLet me know if you need anything else.`,
    expected: BODY,
  },
  {
    name: "an answer that is only a front-matter block: its closing --- stays",
    answer: '---\ntitle: "Un titre"\n---',
    expected: '---\ntitle: "Un titre"\n---',
  },
  {
    name: "a front-matter cut short: a field line that reads like chatter stays",
    answer: '---\ntitle: "Un titre"\nN\'hésitez pas',
    expected: '---\ntitle: "Un titre"\nN\'hésitez pas',
  },
  {
    name: "a closing fence with spaces after it",
    answer: `\`\`\`markdown\n${ARTICLE}\n\`\`\`   \n\nBonne lecture.`,
    expected: ARTICLE,
  },
  {
    name: "a line of prose that says 'voici' mid-sentence before the front-matter: kept",
    answer: `Et voici le texte.\n${ARTICLE}`,
    expected: `Et voici le texte.\n${ARTICLE}`,
  },
  {
    name: "a last paragraph that quotes chatter mid-sentence: kept",
    answer: `${ARTICLE}\n\nLe ministre conclut : n'hésitez pas à investir.`,
    expected: `${ARTICLE}\n\nLe ministre conclut : n'hésitez pas à investir.`,
  },
  {
    name: "trailing chatter with a curly apostrophe, in capitals",
    answer: `${ARTICLE}\n\nN’HÉSITEZ PAS à me solliciter.`,
    expected: ARTICLE,
  },
  {
    name: "a code fence whose line ends with --- is not the article",
    answer: `${ARTICLE}\n\n\`\`\`\necho ---\n\`\`\``,
    expected: `${ARTICLE}\n\n\`\`\`\necho ---\n\`\`\``,
  },
  {
    name: "a code fence that holds a ---- line is not the article",
    answer: `${ARTICLE}\n\n\`\`\`\n----\n\`\`\``,
    expected: `${ARTICLE}\n\n\`\`\`\n----\n\`\`\``,
  },
  {
    name: "a fence that holds a front-matter and no subheading, with no blank line after it",
    answer: "Voici :\n\n```markdown\n---\ntitle: x\n---\nTexte.\n```",
    expected: "---\ntitle: x\n---\nTexte.",
  },
  {
    name: "of two fences of the same length, the first",
    answer: "```markdown\n## Un\n```\n\n```markdown\n## Du\n```",
    expected: "## Un",
  },
  {
    name: "a fence that opens with blank lines around a front-matter not opened",
    answer: "```markdown\n\ntitle: x\n---\n\n## Section\n```",
    expected: "---\ntitle: x\n---\n\n## Section",
  },
  {
    name: "a front-matter not opened, after blank lines",
    answer: "\n\ntitle: x\n---\n\nTexte.",
    expected: "---\ntitle: x\n---\n\nTexte.",
  },
  {
    name: "a front-matter not opened, closed by --- with spaces after",
    answer: "title: x\n---   \n\nTexte.",
    expected: "---\ntitle: x\n---   \n\nTexte.",
  },
  {
    name: "a zero-width no-break space inside the text stays",
    answer: "Texte\uFEFF suivi.",
    expected: "Texte\uFEFF suivi.",
  },
  {
    name: "a first line with 'subtitle:' is not a front-matter left open",
    answer: "Un subtitle: oui\n---\nTexte.",
    expected: "Un subtitle: oui\n---\nTexte.",
  },
  {
    name: "a first line with 'Titles:' is not a front-matter left open",
    answer: "Titles: a\n---\nTexte.",
    expected: "Titles: a\n---\nTexte.",
  },
  {
    name: "a line ending with a colon before a front-matter opened with spaces after ---",
    answer: "Résultat :\n---  \ntitle: x\n---\n\nTexte.",
    expected: "---  \ntitle: x\n---\n\nTexte.",
  },
  {
    name: "chatter then prose before the front-matter: only the chatter goes",
    answer: `Voici :\nUne phrase.\n${ARTICLE}`,
    expected: `Une phrase.\n${ARTICLE}`,
  },
  {
    name: "a 'Voici…:' line without front-matter, with only one line after it",
    answer: "Voici l'article :\n\nUn seul paragraphe.",
    expected: "Un seul paragraphe.",
  },
  {
    name: "a 'Voici…:' line straight above the text",
    answer: "Voici l'article :\nUn paragraphe.",
    expected: "Un paragraphe.",
  },
  {
    name: "a body that opens with a line ending with a colon: kept",
    answer: "Les chiffres clés :\n\n- un\n- deux",
    expected: "Les chiffres clés :\n\n- un\n- deux",
  },
  {
    name: "chatter, a blank line of spaces, then a front-matter",
    answer: `Résultat :\n   \n${ARTICLE}`,
    expected: ARTICLE,
  },
  {
    name: "a line with a colon inside it before the front-matter: kept",
    answer: `Note: ceci est du texte.\n${ARTICLE}`,
    expected: `Note: ceci est du texte.\n${ARTICLE}`,
  },
  {
    name: "a line with a URL before the front-matter: kept",
    answer: `Source : https://mistral.ai\n${ARTICLE}`,
    expected: `Source : https://mistral.ai\n${ARTICLE}`,
  },
  {
    name: "a separator, a line of spaces, then chatter",
    answer: `${ARTICLE}\n\n---\n   \nN'hésitez pas.`,
    expected: ARTICLE,
  },
  {
    name: "a last line in bold italics is prose, not a separator",
    answer: `${ARTICLE}\n\n***Fin***`,
    expected: `${ARTICLE}\n\n***Fin***`,
  },
  {
    name: "a last line that ends with dashes is prose",
    answer: `${ARTICLE}\n\nScore final ---`,
    expected: `${ARTICLE}\n\nScore final ---`,
  },
  {
    name: "a front-matter opened with spaces after --- and cut short: its last line stays",
    answer: "---  \ntitle: x\nN'hésitez pas",
    expected: "---  \ntitle: x\nN'hésitez pas",
  },
  {
    name: "a front-matter opened with spaces after ---, alone: its closing --- stays",
    answer: "---  \ntitle: x\n---",
    expected: "---  \ntitle: x\n---",
  },
  {
    name: "a front-matter closed with spaces after ---, then chatter",
    answer: "---\ntitle: x\n---  \n\nTexte.\n\nN'hésitez pas à demander.",
    expected: "---\ntitle: x\n---  \n\nTexte.",
  },
  {
    name: "a front-matter closed with spaces after ---, then a separator",
    answer: "---\ntitle: x\n---  \n\nTexte.\n\n---",
    expected: "---\ntitle: x\n---  \n\nTexte.",
  },
  {
    name: "a front-matter cut short after a blank line: its last line stays",
    answer: "---\ntitle: x\n\nN'hésitez pas",
    expected: "---\ntitle: x\n\nN'hésitez pas",
  },
  {
    name: "a front-matter with a blank line inside, alone: its closing --- stays",
    answer: "---\ntitle: x\n\n---",
    expected: "---\ntitle: x\n\n---",
  },
  {
    name: "a front-matter cut short before a *** line: kept",
    answer: "---\ntitle: x\n***",
    expected: "---\ntitle: x\n***",
  },
  {
    name: "an empty front-matter, a body, then a separator",
    answer: "---\n---\n\nTexte.\n\n---",
    expected: "---\n---\n\nTexte.",
  },
  {
    name: "a body that opens with 'Voici' and a URL: kept",
    answer: `Voici la source : https://mistral.ai\n\n${BODY}`,
    expected: `Voici la source : https://mistral.ai\n\n${BODY}`,
  },
  {
    name: "a one-line answer that reads like chatter: kept, there is nothing else",
    answer: "N'hésitez pas à relire.",
    expected: "N'hésitez pas à relire.",
  },
];

describe("stripChatWrapper, case by case", () => {
  it.each(CASES)("$name", ({ answer, expected }) => {
    expect(stripChatWrapper(answer)).toBe(`${expected}\n`);
  });
});

/** The four answer shapes real models send that code mends without a call (issue 13). */
describe("normaliseAnswer", () => {
  const BODY_3 =
    "Introduction.\n\n## Un\n\nTexte un.\n\n## Deux\n\nTexte deux.\n\n## Trois\n\nTexte trois.";
  const YAML = 'title: "Un titre"\ndescription: "Une description"\nkeywords: ["a", "b", "c"]';
  const WHOLE = `---\n${YAML}\n---\n\n${BODY_3}\n`;

  it("keeps a clean answer as it is, and says nothing was mended", () => {
    expect(normaliseAnswer(WHOLE)).toEqual({ text: WHOLE, mended: [] });
  });

  it.each([
    ["```yaml", "```"],
    ["```yml", "```"],
    ["~~~", "~~~"],
  ])("takes the front-matter out of a %s fence, the body kept whole", (open, close) => {
    const answer = `${open}\n---\n${YAML}\n---\n${close}\n\n${BODY_3}`;
    expect(normaliseAnswer(answer)).toEqual({
      text: WHOLE,
      mended: ["front-matter taken out of a code fence"],
    });
    // Without its `---` lines too.
    expect(normaliseAnswer(`${open}\n${YAML}\n${close}\n\n${BODY_3}`).text).toBe(WHOLE);
  });

  it("leaves a yaml fence that is part of the body", () => {
    const answer = `${WHOLE}\n\`\`\`yaml\ntitle: exemple\n\`\`\`\n`;
    const { text, mended } = normaliseAnswer(answer);
    expect(mended).toEqual([]);
    expect(text).toContain("## Trois");
    expect(text).toContain("title: exemple");
  });

  it("drops a # Title line before the front-matter", () => {
    expect(normaliseAnswer(`# Un titre\n\n${WHOLE}`)).toEqual({
      text: WHOLE,
      mended: ["a # title before the front-matter dropped"],
    });
  });

  it("keeps what is not a title before the front-matter", () => {
    const answer = `Un paragraphe d'article.\n\n${WHOLE}`;
    expect(normaliseAnswer(answer).mended).toEqual([]);
    expect(normaliseAnswer(answer).text).toContain("Un paragraphe d'article.");
  });

  it.each(["# Un titre", "# **Un titre**", "# Un Titre #"])(
    "drops %s repeating the title right after the front-matter",
    (heading) => {
      const answer = `---\n${YAML}\n---\n\n${heading}\n\n${BODY_3}\n`;
      expect(normaliseAnswer(answer)).toEqual({
        text: WHOLE,
        mended: ["a # title repeating the front-matter's dropped"],
      });
    },
  );

  it("keeps a # heading that is not the title (the subheadings rule judges it)", () => {
    const answer = `---\n${YAML}\n---\n\n# Autre chose entièrement\n\n${BODY_3}\n`;
    expect(normaliseAnswer(answer)).toEqual({ text: answer, mended: [] });
  });

  it("turns chat-style fields into front-matter, keywords as a list, slug dropped", () => {
    const answer = [
      "Voici l'article :",
      "",
      "**Titre :** Un titre",
      "**Méta-description :** Une description",
      "**Mots-clés :** a, b ; c",
      "**Slug :** mon-slug",
      "",
      "---",
      "",
      BODY_3,
    ].join("\n");
    expect(normaliseAnswer(answer)).toEqual({
      text: WHOLE,
      mended: ["chat-style fields turned into front-matter"],
    });
  });

  it.each([
    ["Title: Un titre", "Description: Une description"],
    ["- **Titre** : Un titre", "- **Meta description** : Une description"],
    ["**Titre** : « Un titre »", "**Description :** Une description"],
  ])("reads the field shape %s", (title, description) => {
    const answer = `${title}\n${description}\nKeywords: a, b, c\n\n${BODY_3}`;
    expect(normaliseAnswer(answer).text).toBe(WHOLE);
  });

  it("needs a title to take chat-style fields for front-matter", () => {
    const answer = `**Mots-clés :** a, b\n\n${BODY_3}`;
    expect(normaliseAnswer(answer).mended).toEqual([]);
    expect(normaliseAnswer(answer).text).toContain("**Mots-clés :** a, b");
  });

  it("never alters the prose: every body line is kept byte for byte", () => {
    const answer = `# Un titre\n\n\`\`\`yaml\n${YAML}\n\`\`\`\n\n# Un titre\n\n${BODY_3}`;
    const { text, mended } = normaliseAnswer(answer);
    expect(mended).toHaveLength(3);
    expect(text).toBe(WHOLE);
  });
});
