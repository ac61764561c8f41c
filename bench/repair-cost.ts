/**
 * What a repair costs (issue 13): for each kind of local failure, the completion tokens and
 * the wall time of the second call, as a targeted patch and as a full rewrite of the same
 * failure, in one run. The fake model streams at a fixed rate (default 60 tokens a second,
 * four characters a token), so time grows with the length of the answer as it does with a
 * real model. Each case is the built CLI on a seed, against its own fake server:
 *
 * - patch: the second answer holds only the mended parts (what the patch request asks);
 * - full: the second answer is the whole article (what a full rewrite returns).
 *
 *     npm run build && npx tsx bench/repair-cost.ts [--rate 60]
 *
 * Prints figures, asserts nothing. Aim: the median patch at ≤ 15 % of a full rewrite.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { countWords } from "../src/core/words.js";
import { answerFixture, startFakeServer } from "../test/fake-server.js";
import { runBin } from "../test/run-cli.js";

const { values } = parseArgs({ options: { rate: { type: "string", default: "60" } } });
const rate = Number(values.rate);
const SEED = "seeds/reuters-microsoft-mistral-scraped.txt";
const VALID = answerFixture("valid-article.md");
const frontMatterEnd = VALID.indexOf("\n---\n", 4) + 5;
const HEAD = VALID.slice(0, frontMatterEnd);
const BODY = VALID.slice(frontMatterEnd);
const FIRST = BODY.trim().split(/\n\n+/u)[0] ?? "";
const DESCRIPTION = /^description: (.*)$/mu.exec(VALID)?.[1] ?? "";

/**
 * The article cut to about `under` words below the 700-word minimum — paragraphs off the
 * ends of its sections, every `##` kept — and the patch: new sections made of the cut
 * paragraphs, as many as add back what is missing plus the margin the patch request asks
 * for (20 % of the minimum).
 */
/** Headings for the added sections: words only (a number would be an invented figure). */
const HEADINGS = [
  "Un point de plus",
  "Un autre regard",
  "Ce qui reste à voir",
  "Les enjeux à venir",
];

function shortBy(under: number): { failing: string; patch: string } {
  const blocks = BODY.trim().split(/\n\n+/u);
  const cut: string[] = [];
  for (let index = blocks.length - 1; countWords(blocks.join("\n\n")) > 700 - under; index -= 1) {
    const next = blocks[index + 1];
    // A paragraph that ends a section (a heading or the end after it), never a heading.
    if (!blocks[index]?.startsWith("#") && (next === undefined || next.startsWith("## "))) {
      cut.unshift(...blocks.splice(index, 1));
    }
    if (index <= 1) index = blocks.length;
  }
  const wanted = 700 - countWords(blocks.join("\n\n")) + 140;
  const added: string[] = [];
  for (const [index, paragraph] of cut.entries()) {
    if (countWords(added.join("\n\n")) >= wanted) break;
    added.push(`## ${HEADINGS[index % HEADINGS.length]}`, paragraph);
  }
  return { failing: `${HEAD}\n${blocks.join("\n\n")}\n`, patch: added.join("\n\n") };
}

const ENGLISH =
  "Digital sovereignty is back at the heart of the European debate as artificial intelligence spreads through companies, public services and daily life. Behind the partnership announcements and funding rounds lies a simple question. Who controls the models, the data and the infrastructure on which a large part of the continent's economy will soon depend?";

const CASES: { kind: string; failing: string; patch: string }[] = [
  {
    kind: "description too long",
    failing: VALID.replace(DESCRIPTION, `${DESCRIPTION} ${DESCRIPTION}`),
    patch: `---\ndescription: "${DESCRIPTION}"\n---`,
  },
  {
    kind: "one invented quotation",
    failing: VALID.replace(
      FIRST,
      `${FIRST} « Nous ne laisserons jamais l'Europe décrocher », a lancé un dirigeant.`,
    ),
    patch: FIRST,
  },
  {
    kind: "one invented figure",
    failing: VALID.replace(FIRST, `${FIRST} Le programme a coûté 25 millions d'euros.`),
    patch: FIRST,
  },
  { kind: "100 words short", ...shortBy(100) },
  { kind: "300 words short", ...shortBy(300) },
  { kind: "English paragraph", failing: VALID.replace(FIRST, ENGLISH), patch: FIRST },
];

interface Measure {
  calls: number;
  /** What --verbose said of the second call, shown when the patch was not taken. */
  attempt2: string;
  code: number;
  kind?: string;
  completion: number;
  ms: number;
}

async function repairOf(failing: string, second: string): Promise<Measure> {
  const server = await startFakeServer({
    script: [{ content: failing }, { content: second }],
    tokensPerSecond: rate,
  });
  const work = mkdtempSync(join(tmpdir(), "seo-rewrite-repair-bench-"));
  try {
    const report = join(work, "report.json");
    const run = await runBin([SEED, "--out", work, "--report", report, "--verbose"], {
      env: { OPENAI_API_KEY: "sk-bench-0123456789abcdefghij", OPENAI_BASE_URL: server.url },
    });
    const entry = JSON.parse(readFileSync(report, "utf8")).articles[0];
    const call = entry?.calls?.[1];
    const request = server.chatRequests()[1];
    return {
      calls: server.chatRequests().length,
      attempt2: run.stderr
        .split("\n")
        .filter((line) => /attempt 2|: {3}error/u.test(line))
        .slice(0, 8)
        .join("\n"),
      code: run.code,
      kind: call?.kind,
      completion: call?.tokens?.completion ?? Number.NaN,
      ms: request?.answeredAt !== undefined ? request.answeredAt - request.receivedAt : Number.NaN,
    };
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

// Every case at once: each has its own server, and the cost is waiting, not computing.
const results = await Promise.all(
  CASES.map(async (entry) => ({
    kind: entry.kind,
    patch: await repairOf(entry.failing, entry.patch),
    full: await repairOf(entry.failing, VALID),
  })),
);
const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
console.log(`repair cost at ${rate} tokens/s: the second call, patch vs full rewrite\n`);
console.log("failure                 | patch tok | full tok | tokens  | patch s | full s | time");
const tokenShares: number[] = [];
const timeShares: number[] = [];
for (const { kind, patch, full } of results) {
  const ok = patch.code === 0 && patch.calls === 2 && patch.kind === "patch";
  tokenShares.push(patch.completion / full.completion);
  timeShares.push(patch.ms / full.ms);
  console.log(
    `${kind.padEnd(23)} | ${String(patch.completion).padStart(9)} | ${String(full.completion).padStart(8)} | ${pct(patch.completion, full.completion).padStart(7)} | ${(patch.ms / 1000).toFixed(1).padStart(7)} | ${(full.ms / 1000).toFixed(1).padStart(6)} | ${pct(patch.ms, full.ms).padStart(6)}${ok ? "" : `  (patch not taken: exit ${patch.code}, ${patch.calls} calls, ${patch.kind})\n${patch.attempt2}`}`,
  );
}
console.log(
  `\nmedian patch: ${pct(median(tokenShares), 1)} of a full rewrite's completion tokens, ${pct(median(timeShares), 1)} of its time (aim ≤ 15 %)`,
);
