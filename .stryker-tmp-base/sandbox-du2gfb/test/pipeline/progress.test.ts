// @ts-nocheck
import { describe, expect, it } from "vitest";
import { Progress } from "../../src/pipeline/progress.js";

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, sink: { write: (text: string) => void writes.push(text), isTTY, columns: 200 } };
}

describe("Progress", () => {
  it("draws a bar on a TTY with done, failed, skipped, rate and tokens", () => {
    let now = 0;
    const { writes, sink: tty } = sink(true);
    const progress = new Progress(tty, "normal", () => now);
    progress.setTotal(4);
    now = 2000;
    progress.attemptEnded(
      "a.txt",
      {
        attempt: 1,
        finishReason: "stop",
        errors: [],
        words: 800,
        usage: { prompt: 100, completion: 900 },
      },
      [],
    );
    progress.articleDone("a.txt", "written", "");
    progress.articleDone("b.txt", "skipped", "");
    const bar = writes.filter((text) => text.startsWith("\r\x1b[2K[")).at(-1) ?? "";
    expect(bar).toContain("2/4");
    expect(bar).toContain("1 written");
    expect(bar).toContain("1 skipped");
    expect(bar).toContain("1000 tokens");
    expect(bar).toMatch(/ETA \d+ s/u);
  });

  it("writes plain lines, one per attempt and per article, elsewhere", () => {
    const { writes, sink: pipe } = sink(false);
    const progress = new Progress(pipe, "normal", () => 0);
    progress.setTotal(1);
    progress.attemptStarted("a.txt", 1, 3);
    progress.textReceived("a.txt", "des mots reçus", 1);
    progress.attemptEnded(
      "a.txt",
      { attempt: 1, finishReason: "stop", errors: ["word-count"], words: 612 },
      [],
    );
    progress.articleDone("a.txt", "failed", "failed: checks still failing");
    expect(writes.join("")).toBe(
      [
        "a.txt: attempt 1/3: asking the model…",
        "a.txt: attempt 1: 612 words, failing: word-count",
        "a.txt: failed: checks still failing",
        "",
      ].join("\n"),
    );
  });

  it("names the input on every finding line when verbose, since articles interleave", () => {
    const { writes, sink: pipe } = sink(false);
    const progress = new Progress(pipe, "verbose", () => 0);
    progress.attemptEnded("b.txt", { attempt: 1, finishReason: "stop", errors: [], words: 900 }, [
      { rule: "title-length", severity: "warning", message: "the title is 62 characters" },
    ]);
    expect(writes.join("")).toContain(
      "b.txt:   warning title-length: the title is 62 characters\n",
    );
  });

  it("says the inputs --fail-fast left unstarted in the summary", () => {
    const { sink: pipe } = sink(false);
    const progress = new Progress(pipe, "normal", () => 0);
    progress.setTotal(3);
    progress.articleDone("a.txt", "failed", "failed: not French");
    expect(progress.summary("stopped by --fail-fast")).toMatch(
      /^3 input\(s\): 0 written, 0 skipped \(up to date\), 1 failed in 0\.0 s — stopped by --fail-fast: 2 not started$/u,
    );
  });

  it("says only failures and the summary when quiet", () => {
    const { writes, sink: pipe } = sink(false);
    const progress = new Progress(pipe, "quiet", () => 0);
    progress.setTotal(2);
    progress.articleDone("a.txt", "written", "");
    progress.articleDone("b.txt", "failed", "failed: empty");
    progress.finish();
    expect(writes.join("")).toBe(
      "b.txt: failed: empty\n2 input(s): 1 written, 0 skipped (up to date), 1 failed in 0.0 s\n",
    );
  });
});
