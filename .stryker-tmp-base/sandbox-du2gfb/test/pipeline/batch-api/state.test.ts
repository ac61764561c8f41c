// @ts-nocheck
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePromptTemplate } from "../../../src/core/prompt.js";
import { Log } from "../../../src/pipeline/batch-api/setup.js";
import {
  newArticle,
  newState,
  parseState,
  runHashOf,
  StateError,
  type StoredSettings,
  serializeState,
  settingsFingerprint,
} from "../../../src/pipeline/batch-api/state.js";
import { ROOT } from "../../run-cli.js";

const template = parsePromptTemplate(
  readFileSync(join(ROOT, "prompts/seo-article.fr.md"), "utf8"),
  "seo-article.fr.md",
);
const repair = parsePromptTemplate(
  readFileSync(join(ROOT, "prompts/repair.fr.md"), "utf8"),
  "repair.fr.md",
);
const settings: StoredSettings = {
  model: "gpt-4.1-mini",
  minWords: 700,
  lang: "fr",
  format: "plain",
  originalityError: 0.4,
  originalityWarning: 0.2,
  optionsHash: "0123456789abcdef",
  maxInputWords: 20_000,
  template,
  repairTemplate: repair,
  temperature: 0.5,
};
const NOW = new Date("2026-03-02T09:00:00Z");

describe("the state file", () => {
  it("round-trips: what is written is read back the same", () => {
    const state = newState(settings, "http://127.0.0.1:1/v1", "seo-rewrite test", NOW);
    const article = newArticle({
      key: "k",
      input: "in/a.txt",
      path: "/abs/in/a.txt",
      output: "a.md",
    });
    article.status = "submitted";
    article.attempt = 2;
    article.customId = "sr-k-12345678-a2";
    article.batchId = "batch_1";
    article.turns = [
      { role: "assistant", content: "---\ntitle: x\n---" },
      { role: "user", content: "Corrige." },
    ];
    state.articles.push(article);
    state.batches.push({
      id: "batch_1",
      inputFileId: "file-1",
      status: "in_progress",
      requests: 1,
      bytes: 1234,
      createdAt: NOW.toISOString(),
      errors: [],
      collected: false,
    });
    const text = serializeState(state);
    expect(parseState(text, "x.json")).toEqual(state);
  });

  it("refuses a broken or foreign file with one line naming it", () => {
    expect(() => parseState("{", "out/.seo-rewrite-batch.json")).toThrow(
      /out\/\.seo-rewrite-batch\.json: not valid JSON/u,
    );
    expect(() => parseState(JSON.stringify({ version: 9 }), "s.json")).toThrow(
      /another version of seo-rewrite/u,
    );
    const state = newState(settings, "e", "g", NOW);
    const broken = JSON.parse(serializeState(state)) as { settings: { minWords: unknown } };
    broken.settings.minWords = "many";
    expect(() => parseState(JSON.stringify(broken), "s.json")).toThrow(StateError);
    expect(() => parseState(JSON.stringify(broken), "s.json")).toThrow(/settings\.minWords/u);
  });

  it("ties a run to its source and settings: either changing makes a new run", () => {
    const run = runHashOf(settings, "aaaa");
    expect(runHashOf(settings, "aaaa")).toBe(run);
    expect(runHashOf(settings, "bbbb")).not.toBe(run);
    expect(runHashOf({ ...settings, model: "gpt-4o-mini" }, "aaaa")).not.toBe(run);
    expect(settingsFingerprint({ ...settings, optionsHash: "other" })).not.toBe(
      settingsFingerprint(settings),
    );
    // The judge's thresholds do not change what is asked.
    expect(settingsFingerprint({ ...settings, originalityWarning: 0.3 })).toBe(
      settingsFingerprint(settings),
    );
  });
});

describe("the progress line", () => {
  it("off a terminal, prints a line only when it changes", () => {
    let text = "";
    const log = new Log({ write: (chunk: string) => (text += chunk), isTTY: false }, "normal");
    log.live("2 batches: 0/10 done", " · next check in 5 s");
    log.live("2 batches: 0/10 done", " · next check in 8 s");
    log.live("2 batches: 5/10 done", " · next check in 11 s");
    expect(text).toBe("2 batches: 0/10 done\n2 batches: 5/10 done\n");
  });

  it("on a terminal, redraws one line and clears it before other lines", () => {
    let text = "";
    const log = new Log({ write: (chunk: string) => (text += chunk), isTTY: true }, "normal");
    log.live("waiting", " · 5 s");
    log.line("an error");
    log.endLive();
    expect(text).toBe("waiting · 5 s\r\x1b[2Kan error\nwaiting · 5 s\r\x1b[2K");
  });
});
