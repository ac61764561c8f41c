import { describe, expect, it } from "vitest";
import { stripChatWrapper } from "../../src/core/answer.js";

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
