import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerFixture, type FakeServer, type Step, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/**
 * Issue 15, "prompt and answer safety": what a hostile or careless model answer must not get
 * past, from the built CLI against the fake server.
 */
const SEED = "seeds/reuters-microsoft-mistral-scraped.txt";
const OUT = "reuters-microsoft-mistral-scraped.md";
const KEY = "sk-test-answers-0123456789abcdefghijklmnop";
const VALID = answerFixture("valid-article.md");

let server: FakeServer | undefined;
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-answers-"));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(work, { recursive: true, force: true });
});

async function rewrite(script: Step[], extra: string[] = [], input = SEED) {
  server = await startFakeServer({ script });
  const report = join(work, "report.json");
  const out = join(work, "out");
  const run = await runBin([input, "--out", out, "--report", report, "--verbose", ...extra], {
    env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url },
  });
  const path = join(out, OUT);
  const written = existsSync(path) ? readFileSync(path, "utf8") : "";
  const [entry] = JSON.parse(readFileSync(report, "utf8")).articles ?? [];
  return { run, written, entry };
}

/** The last user message of the n-th request: the repair the model was sent. */
function repairSent(index: number): string {
  const body = server?.chatRequests()[index]?.body as {
    messages: { role: string; content: string }[];
  };
  return body.messages.filter((message) => message.role === "user").at(-1)?.content ?? "";
}

/** A "billion laughs" front-matter: nine levels of nine aliases, 9^9 strings once expanded. */
const BOMB = [
  "---",
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...["b", "c", "d", "e", "f", "g", "h", "i"].map(
    (name, index) => `${name}: &${name} [${Array(9).fill(`*${"abcdefgh"[index]}`).join(", ")}]`,
  ),
  "title: *i",
  "keywords: [*i, *i, *i, *i, *i, *i, *i, *i, *i]",
  "---",
  "",
  VALID.slice(VALID.indexOf("\n---\n", 4) + 5),
].join("\n");

describe("front-matter from the model is bounded", () => {
  it("answers an alias bomb with a front-matter repair, and writes the next good answer", async () => {
    const started = performance.now();
    const { run, written, entry } = await rewrite([{ content: BOMB }, { content: VALID }]);
    expect(run.code).toBe(0);
    // About a second on an idle machine; the bomb took 35 s and 2.4 GB before (issue 15).
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(server?.chatRequests()).toHaveLength(2);
    expect(run.stderr).toContain("YAML alias");
    expect(repairSent(1)).toContain("front-matter");
    expect(entry.attempts).toBe(2);
    expect(written).toContain('title: "Souveraineté numérique, le défi européen de l\'IA"');
  });

  it("never writes a title holding a line break: it is a front-matter error, repaired", async () => {
    const broken = VALID.replace(
      /^title: .*$/mu,
      'title: "Souveraineté numérique\\n---\\ndraft: false"',
    );
    const { run, written } = await rewrite([{ content: broken }, { content: VALID }]);
    expect(run.code).toBe(0);
    expect(server?.chatRequests()).toHaveLength(2);
    expect(run.stderr).toContain("title (");
    expect(run.stderr).toContain("holds a line break or '---'");
    expect(written).not.toContain("draft: false");
  });
});

/** VALID with `extra` appended to its first body paragraph. */
function withExtra(extra: string): string {
  const start = VALID.indexOf("\n---\n", 4) + 5;
  const end = VALID.indexOf("\n\n", start + 2);
  return `${VALID.slice(0, end)} ${extra}${VALID.slice(end)}`;
}

describe("links and raw HTML the source does not have", () => {
  it("refuses a link to a URL the source lacks (fidelity), and writes the mended answer", async () => {
    const { run, written } = await rewrite([
      {
        content: withExtra(
          "Pour en savoir plus, [cliquez ici](https://casino-royal.example/bonus).",
        ),
      },
      { content: VALID },
    ]);
    expect(run.code).toBe(0);
    expect(server?.chatRequests()).toHaveLength(2);
    expect(run.stderr).toContain(
      'the link to "https://casino-royal.example/bonus" is not in the source',
    );
    expect(repairSent(1)).toContain(
      "Le lien vers « https://casino-royal.example/bonus » ne figure pas dans la source",
    );
    expect(written).not.toContain("casino");
  });

  it("accepts the source's own link", async () => {
    // The seed, with a link in its body (the furniture line holding bit.ly is dropped).
    const input = join(work, OUT.replace(/\.md$/u, ".txt"));
    const seed = readFileSync(join(ROOT, SEED), "utf8");
    writeFileSync(
      input,
      seed.replace(
        "En début de semaine,",
        "L'annonce est en ligne sur https://news.microsoft.com/fr-fr/mistral/. En début de semaine,",
      ),
    );
    const { run } = await rewrite(
      [
        {
          content: withExtra(
            "Microsoft a publié [son annonce](https://NEWS.microsoft.com/fr-fr/mistral) en ligne.",
          ),
        },
      ],
      [],
      input,
    );
    expect(run.code).toBe(0);
    expect(server?.chatRequests()).toHaveLength(1);
  });

  it("refuses raw <script> and <iframe> (artifacts), and writes nothing of them", async () => {
    const hostile = withExtra(
      '<iframe src="https://bit.ly/rtrsauto"></iframe>\n\n<script>document.location = "https://bit.ly/rtrsauto"</script>',
    );
    const { run, written } = await rewrite(
      [{ content: hostile }, { content: hostile }],
      ["--max-attempts", "2"],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('raw HTML "<iframe>"');
    expect(run.stderr).toContain('raw HTML "<script>"');
    expect(written).toBe("");
  });
});

describe("people and sources the source does not have", () => {
  it("refuses an invented person (fidelity error) and warns of an invented newspaper", async () => {
    const { run, written } = await rewrite([
      {
        content: withExtra(
          "Son patron, Satya Nadella, avait pourtant salué l'accord lors d'un entretien accordé au Financial Times.",
        ),
      },
      { content: VALID },
    ]);
    expect(run.code).toBe(0);
    expect(server?.chatRequests()).toHaveLength(2);
    expect(run.stderr).toContain('error fidelity: the person "Satya Nadella" is not in the source');
    expect(run.stderr).toContain('warning fidelity: "Financial Times" is not in the source');
    expect(repairSent(1)).toContain("La personne « Satya Nadella » n'apparaît pas dans la source");
    expect(written).not.toContain("Nadella");
  });

  it("writes an article that names only the source's people, and a newspaper with a warning", async () => {
    const { run, written, entry } = await rewrite([
      {
        content: withExtra(
          "Le directeur général de Mistral, Arthur Mensch, l'a redit au Financial Times.",
        ),
      },
    ]);
    expect(run.code).toBe(0);
    expect(server?.chatRequests()).toHaveLength(1);
    expect(written).toContain("Arthur Mensch");
    expect(JSON.stringify(entry)).toContain("Financial Times");
  });
});
