import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import { answerFixture, startFakeServer } from "../fake-server.js";
import { runBin } from "../run-cli.js";
import { KEY, SEED, seedRewrites } from "../seed-rewrite.js";

/**
 * `--polish` (issue 14), end to end: an article that passes its error checks with a
 * warning a patch can mend goes back once; the polished article is kept only if it still
 * passes and has fewer warnings.
 */
const VALID = answerFixture("valid-article.md");
const TITLE = "Souveraineté numérique, le défi européen de l'IA";
// 64 characters: over the 60 search results show (a warning), within the 65 allowed.
const LONG_TITLE = `${TITLE} face aux géants`;
const WARNED = VALID.replace(`title: ${TITLE}`, `title: ${LONG_TITLE}`);

const seed = seedRewrites("seo-rewrite-polish-");
const { rewrite } = seed;

const titleOf = (markdown: string) => parseArticle(markdown).frontMatter.title;
/** The check warnings of the report (cleaning's own notes aside). */
const titleWarnings = (entry: { warnings: string[] }) =>
  entry.warnings.filter((warning) => warning.startsWith("title-length:"));

describe("--polish", () => {
  it("is off by default: an article with a warning is written after one call", async () => {
    const { run, written, entry } = await rewrite([{ content: WARNED }]);
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(1);
    expect(titleOf(written)).toBe(LONG_TITLE);
    expect(entry.polish).toBeUndefined();
    expect(titleWarnings(entry)).toHaveLength(1);
  });

  it("sends a mendable warning back once and keeps the polished article when it has fewer warnings", async () => {
    const { run, written, entry } = await rewrite(
      [{ content: WARNED }, { content: `---\ntitle: "${TITLE}"\n---` }],
      ["--polish"],
    );
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(2);
    const body = seed.server.chatRequests()[1]?.body as { messages: { content: string }[] };
    expect(body.messages.at(-1)?.content).toContain("`title`");
    expect(titleOf(written)).toBe(TITLE);
    expect(titleWarnings(entry)).toEqual([]);
    expect(entry.calls.map((call: { kind: string }) => call.kind)).toEqual(["rewrite", "polish"]);
    expect(entry.polish).toMatchObject({
      mended: ["front-matter (title)"],
      kept: true,
      warnings: { before: 1, after: 0 },
      calls: 1,
    });
    expect(entry.polish.tokens.completion).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/attempt 2 \(polish: front-matter \(title\)\)/u);
    expect(run.stderr).toMatch(
      /polish \(front-matter \(title\)\): 1 → 0 warnings, 1 call, \d+\+\d+ tokens; polished article kept/u,
    );
  });

  it("keeps the unpolished article when the polish breaks an error check", async () => {
    const tooLong = `${LONG_TITLE} américains du nuage et de la donnée`;
    const { run, written, entry } = await rewrite(
      [{ content: WARNED }, { content: `---\ntitle: "${tooLong}"\n---` }],
      ["--polish"],
    );
    expect(run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(2);
    expect(titleOf(written)).toBe(LONG_TITLE);
    expect(titleWarnings(entry)).toHaveLength(1);
    expect(entry.attempts).toBe(2);
    expect(entry.polish).toMatchObject({ kept: false, why: "it failed front-matter", calls: 1 });
    expect(run.stderr).toMatch(/unpolished article kept: it failed front-matter/u);
  });

  it("keeps the unpolished article when the polish leaves as many warnings", async () => {
    const { run, written, entry } = await rewrite(
      [{ content: WARNED }, { content: `---\ntitle: "${LONG_TITLE}"\n---` }],
      ["--polish"],
    );
    expect(run.code).toBe(0);
    expect(titleOf(written)).toBe(LONG_TITLE);
    expect(entry.polish).toMatchObject({ kept: false, why: "no fewer warnings (1 → 1)" });
  });

  it("makes no call when there is nothing to mend, or no attempt left", async () => {
    const clean = await rewrite([{ content: VALID }], ["--polish"]);
    expect(clean.run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(1);
    expect(clean.entry.polish).toBeUndefined();
    const last = await rewrite(
      [{ content: WARNED }],
      ["--polish", "--max-attempts", "1", "--force"],
    );
    expect(last.run.code).toBe(0);
    expect(seed.server.chatRequests()).toHaveLength(1);
  });

  it("is refused by the Batch API commands, which answer once per batch", async () => {
    seed.server = await startFakeServer({});
    const run = await runBin(["batch", "submit", SEED, "--out", seed.work, "--polish"], {
      env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: seed.server.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--polish works online only");
    expect(seed.server.chatRequests()).toHaveLength(0);
  });
});
