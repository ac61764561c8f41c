import { open } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
import { isSeoRewriteOutput } from "../core/freshness.js";
import { printable } from "../core/printable.js";
import { type InputFile, listInputs } from "../input/list.js";
import { outputPathFor, realPathOf } from "../output/write.js";
import type { RewriteOptions } from "../settings/options.js";
import { type RunIO, RunUsageError } from "./setup.js";

/**
 * The first stage of every runner: what the run reads (stdin or the listed files, never
 * the `--out` tree) and where each input's article goes, each output claimed once.
 */

export interface Unit {
  /** How the input is named in messages and reports (control characters escaped). */
  label: string;
  file?: InputFile;
}

/** A file a folder walk left out (a hidden file), with why: reported, never dropped silently. */
export interface SkippedFile {
  label: string;
  reason: string;
}

/** Is `path` the folder `folder` or inside it? */
function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === "" || (!rest.startsWith("..") && !isAbsolute(rest));
}

/** Does the file open with our front-matter (an article of an earlier run)? Reads its head only. */
async function isOurArticle(path: string): Promise<boolean> {
  try {
    const file = await open(path, "r");
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await file.read(head, 0, head.length, 0);
      return isSeoRewriteOutput(head.subarray(0, bytesRead));
    } finally {
      await file.close();
    }
  } catch {
    return false;
  }
}

/**
 * What the run will read: stdin, or the listed files — leaving out the `--out` folder, so
 * that an output tree kept beside or below its inputs is never read back as input. Any
 * other file found there is an input the run would silently drop: refused (exit 2).
 */
export async function listUnits(
  inputs: readonly string[],
  options: Pick<RewriteOptions, "out" | "ext">,
  io: Pick<RunIO, "cwd">,
): Promise<{ units: Unit[]; problems: string[]; skipped: SkippedFile[] }> {
  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === "-")) {
    return { units: [{ label: "stdin" }], problems: [], skipped: [] };
  }
  if (inputs.includes("-")) {
    throw new RunUsageError("- (stdin) cannot be mixed with files: pipe one article at a time");
  }
  // Compared as real paths: an --out that is a symbolic link to the inputs' folder is that folder.
  const out =
    options.out === undefined ? undefined : await realPathOf(resolve(io.cwd, options.out));
  if (out !== undefined) {
    for (const input of inputs) {
      if (isInside(await realPathOf(resolve(io.cwd, input)), out)) {
        throw new RunUsageError(
          `--out ${printable(options.out ?? "")} holds the input ${printable(input)}: write the articles to a folder outside the inputs`,
        );
      }
    }
  }
  const units: Unit[] = [];
  const problems: string[] = [];
  const skipped: SkippedFile[] = [];
  const listing = listInputs(inputs, {
    extensions: options.ext,
    cwd: io.cwd,
    onSkipped: (label, reason) => skipped.push({ label, reason }),
  });
  for await (const item of listing) {
    if ("problem" in item) problems.push(item.problem);
    else if (out === undefined || !isInside(await realPathOf(item.path), out)) {
      units.push({ label: printable(item.display), file: item });
    } else if (!(await isOurArticle(item.path))) {
      throw new RunUsageError(
        `--out ${printable(options.out ?? "")} holds the input ${printable(item.display)}: write the articles to a folder outside the inputs, or move that input out of it`,
      );
    }
  }
  return { units, problems, skipped };
}

/**
 * Each output path once: two inputs that would write the same article (story.txt and
 * story.md) are refused rather than paying twice and keeping one, and no article may land
 * on an input or outside `--out`.
 */
export class OutputClaims {
  readonly #claimedBy = new Map<string, string>();

  constructor(
    private readonly outDir: string,
    /** `--out` as the user typed it, for messages. */
    private readonly outFlag: string,
    /** Absolute paths of every input of the run. */
    private readonly inputPaths: ReadonlySet<string>,
  ) {}

  claim(relativeInput: string, label: string): { path: string } | { refusal: string } {
    const path = outputPathFor(this.outDir, relativeInput);
    if (path === undefined) {
      return {
        refusal: `the output would fall outside --out ${printable(this.outFlag)}: rename the input`,
      };
    }
    if (this.inputPaths.has(path)) {
      return {
        refusal: `the output ${printable(path)} would overwrite an input: choose another --out`,
      };
    }
    const claimant = this.#claimedBy.get(path);
    if (claimant !== undefined) {
      return { refusal: `would write ${printable(path)}, as ${claimant} does: rename one of them` };
    }
    this.#claimedBy.set(path, label);
    return { path };
  }
}
