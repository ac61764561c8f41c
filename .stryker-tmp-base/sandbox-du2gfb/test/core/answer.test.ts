// @ts-nocheck
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

  it("keeps a fence that is part of the article body", () => {
    const withCode = `${ARTICLE}\n\n\`\`\`js\nconsole.log(1)\n\`\`\``;
    expect(stripChatWrapper(withCode)).toContain("console.log(1)");
  });
});
