import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import { answerFixture } from "../fake-server.js";
import { seedRewrites } from "../seed-rewrite.js";

/**
 * Targeted repairs (issue 13), end to end: the built CLI, a seed, the fake server. The
 * second answer holds only the mended parts; the article written must hold them in place
 * and everything else of the first answer, unchanged.
 */
const VALID = answerFixture("valid-article.md");

const seed = seedRewrites("seo-rewrite-repairs-");
const { rewrite } = seed;

/** The last user message of the n-th request: the repair the model was sent. */
function repairSent(index: number): string {
  const body = seed.server.chatRequests()[index]?.body as {
    messages: { role: string; content: string }[];
  };
  return body.messages.filter((message) => message.role === "user").at(-1)?.content ?? "";
}

const bodyOf = (markdown: string) => markdown.slice(markdown.indexOf("\n---\n", 4) + 5).trim();
const paragraphsOf = (markdown: string) => bodyOf(markdown).split(/\n\n+/u);

const DESCRIPTION = VALID.match(/^description: (.*)$/mu)?.[1] ?? "";
const FIRST_PARAGRAPH = paragraphsOf(VALID)[0] ?? "";

describe("targeted repairs (issue 13)", () => {
  it("mends a front-matter fault with the front-matter block alone, the body unchanged", async () => {
    const tooLong = VALID.replace(DESCRIPTION, `${DESCRIPTION} ${DESCRIPTION}`);
    const { run, written, entry } = await rewrite([
      { content: tooLong },
      { content: `---\ndescription: "${DESCRIPTION}"\n---` },
    ]);
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(2);
    expect(repairSent(1)).toContain("=== PARTIE 1 ===");
    expect(repairSent(1)).toContain("`description`");
    expect(parseArticle(written).frontMatter.description).toBe(DESCRIPTION);
    expect(bodyOf(written)).toBe(bodyOf(VALID));
    expect(entry.calls.map((call: { kind: string }) => call.kind)).toEqual(["rewrite", "patch"]);
    expect(entry.calls[1].mended).toEqual(["front-matter (description)"]);
    expect(run.stderr).toMatch(/attempt 2 \(patch: front-matter \(description\)\)/u);
  });

  it("mends an invented quotation with the one paragraph, every other paragraph unchanged", async () => {
    const quote = " « Nous ne laisserons jamais l'Europe décrocher », a lancé un dirigeant.";
    const invented = VALID.replace(FIRST_PARAGRAPH, `${FIRST_PARAGRAPH}${quote}`);
    const { run, written, entry } = await rewrite([
      { content: invented },
      { content: FIRST_PARAGRAPH },
    ]);
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(2);
    expect(repairSent(1)).toContain("Nous ne laisserons jamais");
    expect(paragraphsOf(written)).toEqual(paragraphsOf(VALID));
    expect(entry.calls[1]).toMatchObject({ kind: "patch", mended: ["1 paragraph"] });
  });

  it("mends an article 150 words short with new sections only, nothing of the first answer lost", async () => {
    const body = bodyOf(VALID);
    const sections = body.split(/\n(?=## )/u);
    // Drop whole sections from the end until about 150 words are missing.
    const kept = sections.slice(0, 4);
    const dropped = sections.slice(4).join("\n");
    const short = `${VALID.slice(0, VALID.indexOf(body))}${kept.join("\n")}\n`;
    const first = await rewrite([{ content: short }, { content: dropped }]);
    expect(first.run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(2);
    const words = first.entry.calls[0];
    expect(words.kind).toBe("rewrite");
    expect(repairSent(1)).toMatch(/au moins \d+ mots/u);
    const written = bodyOf(first.written);
    for (const section of kept) expect(written).toContain(section.trim());
    expect(written).toContain(dropped.trim());
    expect(first.entry.calls[1].mended[0]).toMatch(/^new sections \(\d+ words\)$/u);
  });

  it("still rewrites an article in English whole", async () => {
    const { run } = await rewrite([
      { content: answerFixture("english-article.md") },
      { content: VALID },
    ]);
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(2);
    expect(repairSent(1)).not.toContain("=== PARTIE");
    expect(repairSent(1)).toMatch(/français/u);
  });

  it("falls back to a full rewrite, counted, when a patch answer cannot be put in place", async () => {
    const tooLong = VALID.replace(DESCRIPTION, `${DESCRIPTION} ${DESCRIPTION}`);
    const { run, entry } = await rewrite([
      { content: tooLong },
      { content: "Voici la description corrigée, sans bloc YAML." },
      { content: VALID },
    ]);
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(3);
    expect(repairSent(2)).not.toContain("=== PARTIE");
    expect(entry.attempts).toBe(3);
    expect(run.stderr).toContain("could not be put back in place: a full rewrite next");
  });
});

describe("answer shapes mended in code, without a call (issue 13)", () => {
  const frontMatter = VALID.slice(0, VALID.indexOf("\n---\n", 4) + 5);
  const yaml = frontMatter.slice(4, -5);
  const body = VALID.slice(frontMatter.length);
  const title = yaml.match(/^title: (.*)$/mu)?.[1] ?? "";
  const keywords = [...yaml.matchAll(/^ {2}- (.*)$/gmu)].map((match) => match[1]).join(", ");

  it.each([
    ["a ```yaml fence around the front-matter", `\`\`\`yaml\n${frontMatter}\`\`\`\n${body}`],
    ["a # Title before the front-matter", `# ${title}\n\n${VALID}`],
    ["a # Title repeating the title after the front-matter", `${frontMatter}\n# ${title}\n${body}`],
    [
      "chat-style fields instead of YAML",
      `**Titre :** ${title}\n**Méta-description :** ${DESCRIPTION}\n**Mots-clés :** ${keywords}\n\n${body}`,
    ],
  ])("writes %s after 1 call, says so, and keeps the prose", async (_shape, answer) => {
    const { run, written, entry } = await rewrite([{ content: answer }]);
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(1);
    expect(run.stderr).toContain("mended in code, no call:");
    expect(entry.calls[0].normalised).toHaveLength(1);
    expect(paragraphsOf(written)).toEqual(paragraphsOf(VALID));
    expect(parseArticle(written).frontMatter.title).toBe(title);
  });
});
