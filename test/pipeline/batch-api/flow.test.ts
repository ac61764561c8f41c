import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/core/article.js";
import { runBatchCancel } from "../../../src/pipeline/batch-api/cancel.js";
import { runBatchCollect } from "../../../src/pipeline/batch-api/collect.js";
import { API_LIMITS } from "../../../src/pipeline/batch-api/jsonl.js";
import { POLL_BACKOFF } from "../../../src/pipeline/batch-api/poll.js";
import { STATE_FILE } from "../../../src/pipeline/batch-api/state.js";
import { runBatchStatus } from "../../../src/pipeline/batch-api/status.js";
import { runBatchSubmit } from "../../../src/pipeline/batch-api/submit.js";
import {
  answerFixture,
  type BatchRequestLine,
  type FakeServer,
  type FakeServerOptions,
  type Step,
  startFakeServer,
} from "../../fake-server.js";
import {
  articlesFolder,
  isRepairRequest,
  KEY,
  type MemoryIO,
  memoryIO,
  SEEDS,
  setupFor,
  tree,
} from "./harness.js";

/** Issue 8: submit → status → collect → repair rounds, through the Batch API of the fake server. */

let server: FakeServer;
let work: string;
let out: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-batch-api-"));
  out = join(work, "out");
});

afterEach(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

const VALID: Step = { content: answerFixture("valid-article.md") };
const SHORT: Step = { content: answerFixture("short-article.md") };

async function start(batch: FakeServerOptions["batch"] = {}): Promise<FakeServer> {
  server = await startFakeServer({ requireKey: KEY, batch });
  return server;
}

interface Report {
  totals: {
    inputs: number;
    written: number;
    skipped: number;
    failed: number;
    notDone: number;
    attempts: number;
    tokens: { prompt: number; completion: number };
    cost?: { amount: number; currency: string };
  };
  batches: { id: string; status: string; requests: number }[];
  articles: {
    input: string;
    status: string;
    output?: string;
    attempts: number;
    words?: number;
    reasons: string[];
    tokens: { prompt: number };
  }[];
}

const readReport = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Report;

function mtimes(folder: string): Record<string, number> {
  return Object.fromEntries(
    tree(folder)
      .filter((file) => file.endsWith(".md"))
      .map((file) => [file, statSync(join(folder, file)).mtimeMs]),
  );
}

function run(io: MemoryIO) {
  const flags = { out };
  return {
    submit: (inputs: string[], extra: Record<string, unknown> = {}, limits = API_LIMITS) =>
      runBatchSubmit(inputs, setupFor(server, { ...flags, ...extra }), io, { limits }),
    status: (wait = false) => runBatchStatus(out, { wait }, setupFor(server, flags), io),
    collect: (
      extra: Record<string, unknown> = {},
      own: { wait?: boolean; online?: boolean } = {},
    ) =>
      runBatchCollect(
        out,
        {
          wait: own.wait ?? false,
          onlineRepairs: own.online ?? false,
          maxAttemptsGiven: extra.maxAttempts !== undefined,
        },
        setupFor(server, { ...flags, ...extra }),
        io,
      ),
  };
}

describe("seo-rewrite batch submit → status → collect (issue 8)", () => {
  it("rewrites 50 articles: failures go to a repair batch, all are written once, the report is complete", async () => {
    // First attempts: every tenth request gets a short article, one is cut by the token limit;
    // repair requests (they carry the rejected answer) get a valid one.
    await start({
      answer: (request: BatchRequestLine, index: number) => {
        if (isRepairRequest(request.body)) return VALID;
        if (index === 7)
          return {
            content: answerFixture("valid-article.md").slice(0, 1500),
            finishReason: "length",
          };
        return index % 10 === 3 ? SHORT : VALID;
      },
    });
    const input = articlesFolder(work, 50);
    const io = memoryIO(work);
    const cli = run(io);
    const report = join(work, "report.json");

    expect(await cli.submit([input])).toBe(0);
    expect(server.batches()).toHaveLength(1);
    expect(server.batchRequests()).toHaveLength(50);
    expect(server.chatRequests()).toHaveLength(0);
    expect(existsSync(join(out, STATE_FILE))).toBe(true);
    const first = server.batchRequests();
    expect(new Set(first.map((request) => request.custom_id)).size).toBe(50);
    for (const request of first) {
      expect(request.method).toBe("POST");
      expect(request.url).toBe("/v1/chat/completions");
      expect(request.body.model).toBe("gpt-4.1-mini");
      expect(request.body.stream).toBeUndefined();
      expect(request.body.messages.map((message) => message.role)).toEqual(["system", "user"]);
    }
    expect(io.err).toMatch(/50 requests submitted in 1 batch/u);

    io.reset();
    expect(await cli.status(true)).toBe(0);
    expect(server.batches()[0]?.status).toBe("completed");
    expect(io.sleeps).toEqual([POLL_BACKOFF.firstMs, POLL_BACKOFF.firstMs * POLL_BACKOFF.factor]);
    expect(io.out).toMatch(/batch_fake\d+ {2}completed +50\/50 requests done/u);
    expect(io.err).toMatch(/waiting for 1 batch \(in_progress\)/u);

    io.reset();
    expect(await cli.collect({ report })).toBe(0);
    expect(tree(out).filter((file) => file.endsWith(".md"))).toHaveLength(44);
    // The six failures went back as one repair batch: the conversation and a repair message.
    expect(server.batches()).toHaveLength(2);
    const repairs = server.batches()[1]?.requests ?? [];
    expect(repairs).toHaveLength(6);
    for (const request of repairs) {
      expect(request.custom_id).toMatch(/-a2$/u);
      expect(request.body.messages.map((message) => message.role)).toEqual([
        "system",
        "user",
        "assistant",
        "user",
      ]);
      expect(String(request.body.messages[3]?.content)).toMatch(/tentative 2 sur 3/u);
    }
    expect(JSON.stringify(repairs)).toMatch(/coupée par la limite de longueur/u);
    expect(readReport(report).totals).toMatchObject({ inputs: 50, written: 44, notDone: 6 });

    io.reset();
    expect(await cli.status(true)).toBe(0);
    expect(await cli.collect({ report })).toBe(0);
    const articles = tree(out).filter((file) => file.endsWith(".md"));
    expect(articles).toHaveLength(50);
    expect(articles.filter((file) => file.startsWith("sub/"))).toHaveLength(16);
    expect(tree(out).some((file) => file.includes(".seo-rewrite-") && file.endsWith(".tmp"))).toBe(
      false,
    );
    for (const file of articles) {
      const text = readFileSync(join(out, file), "utf8");
      expect(parseArticle(text).words).toBeGreaterThanOrEqual(700);
      const data = matter(text).data as Record<string, unknown>;
      expect(data.model).toBe("gpt-4.1-mini");
      expect(String(data.source)).toMatch(/article-\d{3}\.txt$/u);
    }

    const json = readReport(report);
    expect(json.totals).toMatchObject({
      inputs: 50,
      written: 50,
      failed: 0,
      skipped: 0,
      notDone: 0,
      attempts: 56,
    });
    expect(json.totals.tokens.prompt).toBeGreaterThan(0);
    expect(json.totals.cost?.currency).toBe("USD");
    expect(json.articles).toHaveLength(50);
    expect(json.articles.filter((article) => article.attempts === 2)).toHaveLength(6);
    expect(json.articles.every((article) => article.status === "written")).toBe(true);
    expect(json.batches.map((batch) => [batch.status, batch.requests])).toEqual([
      ["completed", 50],
      ["completed", 6],
    ]);

    // Idempotent: collecting again writes nothing, and a rerun of submit sends nothing.
    const before = mtimes(out);
    io.reset();
    expect(await cli.collect()).toBe(0);
    expect(mtimes(out)).toEqual(before);
    expect(io.err).toMatch(/collect: 0 written/u);
    expect(await cli.submit([input])).toBe(0);
    expect(server.batches()).toHaveLength(2);
    expect(server.batchRequests()).toHaveLength(56);
    expect(mtimes(out)).toEqual(before);
    expect(io.err).toMatch(/0 requests submitted in 0 batches, 50 up to date/u);
  });

  it("an expired batch: keeps what it answered and sends again only what it did not run", async () => {
    await start({
      answer: () => VALID,
      end: ({ index }) =>
        index === 0 ? { status: "expired", answered: 24 } : { status: "completed" },
    });
    const input = articlesFolder(work, 40);
    const io = memoryIO(work);
    const cli = run(io);
    expect(await cli.submit([input])).toBe(0);
    expect(await cli.status(true)).toBe(0);
    expect(io.out).toMatch(/expired/u);
    expect(io.out).toMatch(/what it did not run is sent again by batch collect/u);

    expect(await cli.collect()).toBe(0);
    expect(tree(out).filter((file) => file.endsWith(".md"))).toHaveLength(24);
    const [expired, again] = server.batches();
    expect(again?.requests).toHaveLength(16);
    // The missing ones, as they were: same custom_id (first attempt), same request.
    const answered = new Set(expired?.requests.slice(0, 24).map((request) => request.custom_id));
    const missing = expired?.requests.filter((request) => !answered.has(request.custom_id)) ?? [];
    expect(again?.requests.map((request) => request.custom_id).sort()).toEqual(
      missing.map((request) => request.custom_id).sort(),
    );
    expect(again?.requests.map((request) => request.body).sort(byModelAndText)).toEqual(
      missing.map((request) => request.body).sort(byModelAndText),
    );

    const report = join(work, "r.json");
    expect(await cli.collect({ report }, { wait: true })).toBe(0);
    expect(tree(out).filter((file) => file.endsWith(".md"))).toHaveLength(40);
    expect(readReport(report).totals).toMatchObject({ written: 40, attempts: 40, notDone: 0 });
    expect(server.batchRequests()).toHaveLength(56);
  });

  it("the error file: a refused request fails its article (key redacted), a 5xx one is sent again", async () => {
    await start({
      answer: (request, index) => {
        if (index === 1)
          return {
            kind: "error",
            status: 400,
            body: {
              error: {
                message: `Invalid request for key ${KEY}: temperature out of range`,
                type: "invalid_request_error",
                param: "temperature",
                code: "invalid_value",
              },
            },
          };
        if (index === 3) return { kind: "error", status: 500 };
        return isRepairRequest(request.body) ? VALID : VALID;
      },
    });
    const input = articlesFolder(work, 5);
    const io = memoryIO(work);
    const cli = run(io);
    const report = join(work, "r.json");
    expect(await cli.submit([input])).toBe(0);
    expect(await cli.collect({ report }, { wait: true })).toBe(1);
    expect(tree(out).filter((file) => file.endsWith(".md"))).toHaveLength(4);
    expect(server.batches().map((batch) => batch.requests.length)).toEqual([5, 1]);
    const json = readReport(report);
    expect(json.totals).toMatchObject({ written: 4, failed: 1, notDone: 0 });
    const failed = json.articles.find((article) => article.status === "failed");
    expect(failed?.reasons.join(" ")).toMatch(/HTTP 400: Invalid request for key \[redacted\]/u);
    expect(io.err).toMatch(/failed: the host refused the request: HTTP 400/u);
    expect(io.err).toMatch(/the host failed the request \(HTTP 500/u);
    expect(io.err + io.out + readFileSync(report, "utf8")).not.toContain(KEY.slice(8, 24));
    expect(readFileSync(join(out, STATE_FILE), "utf8")).not.toContain(KEY.slice(8, 24));
  });

  it("--online-repairs repairs through Chat Completions instead of a new batch", async () => {
    await start({ answer: (_request, index) => (index % 5 === 0 ? SHORT : VALID) });
    const input = articlesFolder(work, 10);
    const io = memoryIO(work);
    const cli = run(io);
    expect(await cli.submit([input])).toBe(0);
    expect(await cli.status(true)).toBe(0);
    expect(await cli.collect({}, { online: true })).toBe(0);
    expect(server.batches()).toHaveLength(1);
    const chats = server.chatRequests();
    expect(chats).toHaveLength(2);
    for (const chat of chats) {
      expect(chat.body.messages.map((message) => message.role)).toEqual([
        "system",
        "user",
        "assistant",
        "user",
      ]);
    }
    expect(tree(out).filter((file) => file.endsWith(".md"))).toHaveLength(10);
    expect(io.err).toMatch(/repairing 2 articles online/u);
  });

  it("a failing article stops at --max-attempts, and --keep-rejected keeps its last attempt", async () => {
    await start({ answer: (_request, index) => (index === 0 || index === 3 ? SHORT : VALID) });
    const input = articlesFolder(work, 3);
    const io = memoryIO(work);
    const cli = run(io);
    expect(await cli.submit([input])).toBe(0);
    // Request 0 (first attempt) and request 3 (its repair) are short: 2 attempts allowed.
    const code = await cli.collect(
      { maxAttempts: 2, keepRejected: true, report: join(work, "r.json") },
      { wait: true },
    );
    expect(code).toBe(1);
    const files = tree(out);
    expect(files.filter((file) => file.endsWith(".rejected.md"))).toHaveLength(1);
    const json = readReport(join(work, "r.json"));
    expect(json.totals).toMatchObject({ written: 2, failed: 1, attempts: 4 });
    const failed = json.articles.find((article) => article.status === "failed");
    expect(failed?.reasons[0]).toBe("checks still failing after 2 attempt(s)");
    expect(failed?.reasons.some((reason) => reason.startsWith("word-count:"))).toBe(true);
  });

  it("300 inputs split over several batches: nothing lost, nothing written twice", async () => {
    await start({ answer: () => VALID, maxRequests: 128 });
    const input = articlesFolder(work, 300);
    const io = memoryIO(work);
    const cli = run(io);
    const report = join(work, "r.json");
    expect(await cli.submit([input], {}, { ...API_LIMITS, maxRequests: 128 })).toBe(0);
    expect(server.batches().map((batch) => batch.requests.length)).toEqual([128, 128, 44]);
    expect(await cli.status(true)).toBe(0);
    expect(await cli.collect({ report })).toBe(0);
    const articles = tree(out).filter((file) => file.endsWith(".md"));
    expect(articles).toHaveLength(300);
    const ids = server.batchRequests().map((request) => request.custom_id);
    expect(new Set(ids).size).toBe(300);
    const json = readReport(report);
    expect(json.totals).toMatchObject({ inputs: 300, written: 300, notDone: 0, attempts: 300 });
    expect(new Set(json.articles.map((article) => article.output)).size).toBe(300);
    const before = mtimes(out);
    expect(await cli.collect()).toBe(0);
    expect(mtimes(out)).toEqual(before);
  }, 60_000);
});

function byModelAndText(a: unknown, b: unknown): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}

describe("batch submit: inputs, reruns and the dry run", () => {
  it("checks inputs as the online mode does: each bad one gets a line, the others go on, exit 1", async () => {
    await start();
    const input = articlesFolder(work, 2);
    writeFileSync(join(input, "empty.txt"), "   \n");
    writeFileSync(
      join(input, "english.txt"),
      "The European Commission confirmed on Tuesday that it had received a notification of the partnership between the two companies and that it would examine the agreement closely. ".repeat(
        8,
      ),
    );
    const io = memoryIO(work);
    expect(await run(io).submit([input, join(work, "missing.txt")])).toBe(1);
    expect(server.batchRequests()).toHaveLength(2);
    for (const bad of ["empty.txt", "english.txt", "missing.txt"]) {
      expect(io.err.split("\n").filter((line) => line.includes(bad))).toHaveLength(1);
    }
  });

  it("never sends again what is pending; sends a changed input again, and ignores its old answer", async () => {
    await start({ answer: () => VALID });
    const input = articlesFolder(work, 3);
    const io = memoryIO(work);
    const cli = run(io);
    expect(await cli.submit([input])).toBe(0);
    io.reset();
    expect(await cli.submit([input])).toBe(0);
    expect(server.batches()).toHaveLength(1);
    expect(io.err).toMatch(/3 still pending in earlier batches/u);

    const changed = join(input, "article-000.txt");
    writeFileSync(
      changed,
      `${readFileSync(SEEDS[0] ?? "", "utf8")}\nUne phrase ajoutée à la relecture de cet article.`,
    );
    expect(await cli.submit([input])).toBe(0);
    expect(server.batches().map((batch) => batch.requests.length)).toEqual([3, 1]);
    const [first, second] = server.batches();
    expect(second?.requests[0]?.custom_id).not.toBe(first?.requests[0]?.custom_id);

    io.reset();
    expect(await cli.status(true)).toBe(0);
    expect(await cli.collect()).toBe(0);
    expect(io.err).toMatch(/1 answers already settled, ignored/u);
    const text = readFileSync(join(out, "article-000.md"), "utf8");
    expect(matter(text).data.source_hash).toBeDefined();
    expect(tree(out).filter((file) => file.endsWith(".md"))).toHaveLength(3);
  });

  it("refuses new settings while requests are in flight, unless --force", async () => {
    await start();
    const input = articlesFolder(work, 2);
    const io = memoryIO(work);
    const cli = run(io);
    expect(await cli.submit([input])).toBe(0);
    expect(await cli.submit([input], { minWords: 900 })).toBe(2);
    expect(io.err).toMatch(/submitted with other settings \(other options/u);
    expect(await cli.submit([input], { minWords: 900, force: true })).toBe(0);
    expect(server.batches().map((batch) => batch.requests.length)).toEqual([2, 2]);
  });

  it("--dry-run prints the JSONL's size, the requests and the cost with the batch discount; sends nothing", async () => {
    await start();
    const input = articlesFolder(work, 4);
    const io = memoryIO(work);
    expect(await run(io).submit([input], { dryRun: true })).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(existsSync(join(out, STATE_FILE))).toBe(false);
    const summary = JSON.parse(io.out) as {
      requests: number;
      bytes: number;
      files: { requests: number; bytes: number }[];
      tokens: { prompt: number; completion: number; method: string };
      cost: { amount: number; online: number; batchDiscount: number; currency: string };
    };
    expect(summary.requests).toBe(4);
    expect(summary.files).toEqual([{ requests: 4, bytes: summary.bytes }]);
    expect(summary.bytes).toBeGreaterThan(4 * 5000);
    expect(summary.tokens.method).toBe("tokenizer");
    expect(summary.cost.batchDiscount).toBe(0.5);
    // Each amount is rounded to 6 decimals on its own: half the rounded online cost may differ by 5e-7.
    expect(summary.cost.amount).toBeCloseTo(summary.cost.online / 2, 5);
    expect(io.err).toMatch(/dry run: 4 requests in 1 file \(\d+ KB\).*50 % batch discount/u);
  });

  it("never pays to replace a page it did not write, nor to paraphrase one of its own articles", async () => {
    await start({ answer: () => VALID });
    const input = articlesFolder(work, 3);
    const io = memoryIO(work);
    const cli = run(io);
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "article-001.md"), "# Une page écrite à la main\n");
    const ours = join(work, "ours");
    mkdirSync(ours);
    writeFileSync(
      join(ours, "deja.md"),
      `---\ntitle: x\ngenerator: seo-rewrite 0.1.0\n---\n\nTexte.\n`,
    );
    expect(await cli.submit([input, join(ours, "deja.md")])).toBe(1);
    expect(server.batchRequests()).toHaveLength(2);
    expect(io.err).toMatch(/article-001\.md exists and was not written by seo-rewrite/u);
    expect(io.err).toMatch(/deja\.md: failed: is already an article written by seo-rewrite/u);
    // Nothing failed in this collect: the two refusals were submit's (exit 1 there).
    expect(await cli.collect({}, { wait: true })).toBe(0);
    expect(readFileSync(join(out, "article-001.md"), "utf8")).toBe("# Une page écrite à la main\n");

    expect(await cli.submit([input], { force: true })).toBe(0);
    expect(server.batchRequests()).toHaveLength(5);
    expect(await cli.collect({}, { wait: true })).toBe(0);
    expect(readFileSync(join(out, "article-001.md"), "utf8")).toMatch(/^---\n/u);
  });

  it("refuses an --out inside the inputs, a --out that is a file, and a --report that is a folder", async () => {
    await start();
    const input = articlesFolder(work, 1);
    const io = memoryIO(work);
    expect(await runBatchSubmit([input], setupFor(server, { out: work }), io)).toBe(2);
    expect(io.err).toMatch(/holds the input/u);
    writeFileSync(join(work, "file"), "");
    expect(await runBatchSubmit([input], setupFor(server, { out: join(work, "file") }), io)).toBe(
      2,
    );
    expect(io.err).toMatch(/is a file: give a folder/u);
    expect(await run(io).collect({ report: input })).toBe(2);
    expect(io.err).toMatch(/--report .* is a folder/u);
    expect(server.requests).toHaveLength(0);
  });

  it("needs --out", async () => {
    await start();
    const io = memoryIO(work);
    const code = await runBatchSubmit([SEEDS[0] ?? ""], setupFor(server), io);
    expect(code).toBe(2);
    expect(io.err).toContain("--out");
  });
});

describe("batch status and cancel", () => {
  it("shows the status moving on each poll, then the articles", async () => {
    await start();
    const input = articlesFolder(work, 2);
    const io = memoryIO(work);
    const cli = run(io);
    await cli.submit([input]);
    const seen: string[] = [];
    for (let poll = 0; poll < 3; poll += 1) {
      io.reset();
      expect(await cli.status()).toBe(0);
      seen.push(/batch_fake\d+ {2}(\S+)/u.exec(io.out)?.[1] ?? "");
    }
    expect(seen).toEqual(["in_progress", "finalizing", "completed"]);
    expect(io.out).toMatch(/ready to collect/u);
    expect(io.out).toMatch(/2 article\(s\): 0 written, .*2 in batches/u);
    expect(io.err).toMatch(/next: seo-rewrite batch collect/u);
  });

  it("--wait backs off up to a minute between polls", async () => {
    await start({ pollsPerStatus: 5 });
    const input = articlesFolder(work, 1);
    const io = memoryIO(work);
    const cli = run(io);
    await cli.submit([input]);
    io.reset();
    expect(await cli.status(true)).toBe(0);
    expect(io.sleeps.length).toBe(14);
    expect(io.sleeps[0]).toBe(5000);
    expect(io.sleeps[1]).toBe(7500);
    expect(Math.max(...io.sleeps)).toBe(60_000);
  });

  it("a folder without state is a usage error", async () => {
    await start();
    const io = memoryIO(work);
    expect(await run(io).status()).toBe(2);
    expect(io.err).toMatch(/no \.seo-rewrite-batch\.json here: run seo-rewrite batch submit/u);
  });

  it("cancel: what did not run fails with a reason, and a later submit sends it", async () => {
    await start();
    const input = articlesFolder(work, 3);
    const io = memoryIO(work);
    const cli = run(io);
    await cli.submit([input]);
    expect(await runBatchCancel(out, setupFor(server, { out }), io)).toBe(0);
    expect(io.out).toMatch(/batch_fake\d+ {2}cancelling/u);
    io.reset();
    expect(await cli.collect({}, { wait: true })).toBe(1);
    expect(io.err).toMatch(/was cancelled \(batch cancel\)/u);
    expect(await cli.submit([input])).toBe(0);
    expect(server.batches().map((batch) => batch.requests.length)).toEqual([3, 3]);
  });
});
