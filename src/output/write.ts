import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { markRejected } from "../core/compose.js";
import { writtenBySeoRewrite } from "../core/freshness.js";
import { printable } from "../core/printable.js";
import { isProcessAlive } from "./lock.js";

/**
 * The write edge. Articles are written atomically — to a temporary file in the same
 * folder, then renamed — so an interrupted run never leaves half an article behind.
 */

/** Temporary files start with this, so a crash's leftovers are easy to spot and clean. */
export const TEMP_PREFIX = ".seo-rewrite-";

/** `.seo-rewrite-<name>.<pid>-<12 hex>.tmp`: the PID of the run that writes it. */
const TEMP_NAME = /^\.seo-rewrite-.*\.(?:(\d+)-)?[0-9a-f]{12}\.tmp$/u;

/**
 * A temporary file lives for the milliseconds between its write and its rename: one an
 * hour old belongs to no write still going on, whatever its PID (which a later process
 * may have been given again).
 */
export const STALE_TEMP_AGE_MS = 60 * 60 * 1000;

/**
 * Is this file of ours a leftover (a run killed with `kill -9` between write and rename)?
 * Yes when the run whose PID it bears is dead, or when it is older than
 * {@link STALE_TEMP_AGE_MS} (also for the older names without a PID). A live run's
 * fresh file is never one.
 */
export function isStaleTemporary(
  name: string,
  ageMs: number,
  isAlive: (pid: number) => boolean = isProcessAlive,
): boolean {
  const match = TEMP_NAME.exec(name);
  if (match === null) return false;
  if (ageMs > STALE_TEMP_AGE_MS) return true;
  const pid = match[1] === undefined ? undefined : Number(match[1]);
  return pid !== undefined && pid !== process.pid && !isAlive(pid);
}

/** Folders already swept in this run (each once, before its first write). */
const swept = new Map<string, Promise<void>>();

/** Remove the stale temporary files of earlier runs from `folder`; errors are ignored. */
export async function removeStaleTemporaries(folder: string, now = Date.now()): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(folder, name);
    const found = await stat(path).catch(() => undefined);
    if (found?.isFile() && isStaleTemporary(name, now - found.mtimeMs)) {
      await rm(path, { force: true });
    }
  }
}

function sweepOnce(folder: string): Promise<void> {
  let sweeping = swept.get(folder);
  if (sweeping === undefined) {
    sweeping = removeStaleTemporaries(folder);
    swept.set(folder, sweeping);
  }
  return sweeping;
}

/** What `--keep-rejected` names the best failed attempt: `<name>.rejected.md`. */
const REJECTED_SUFFIX = ".rejected.md";

/**
 * Written atomically. A `<name>.rejected.md` (`--keep-rejected`) is written marked as
 * rejected, whoever asks: it sits in the site's content folder and no generator may publish it.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  const text = path.endsWith(REJECTED_SUFFIX) ? markRejected(content) : content;
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  await sweepOnce(folder);
  const temporary = join(
    folder,
    `${TEMP_PREFIX}${basename(path)}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, text, { encoding: "utf8", flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Where an input's article goes under `--out`: the input's path relative to its root,
 * with `.md` in place of its extension. Returns undefined when the result would leave
 * the output folder (never write outside `--out`).
 */
export function outputPathFor(outDir: string, relativeInput: string): string | undefined {
  const extension = extname(relativeInput);
  const name = extension ? relativeInput.slice(0, -extension.length) : relativeInput;
  const root = resolve(outDir);
  const target = resolve(root, `${name}.md`);
  const inside = relative(root, target);
  if (
    inside === "" ||
    inside.startsWith(`..${sep}`) ||
    inside === ".." ||
    resolve(inside) === inside
  ) {
    return undefined;
  }
  return target;
}

/** The path with every symbolic link resolved, also for a path that does not exist yet. */
export async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realPathOf(parent), basename(path));
  }
}

/**
 * Why an article must not be written at `path` although its name is under `outDir`: one of
 * its folders is a symbolic link leading out of `--out` (`out/news -> /var/www/other`),
 * and writing through it would put the article elsewhere. Compared as real paths; an
 * `--out` that is itself a link is the folder it leads to. Undefined when the path is fine.
 */
export async function outsideOutProblem(
  path: string,
  outDir: string,
  outFlag: string,
): Promise<string | undefined> {
  const root = await realPathOf(outDir);
  const folder = await realPathOf(dirname(path));
  const rest = relative(root, folder);
  if (rest !== ".." && !rest.startsWith(`..${sep}`) && !isAbsolute(rest)) return undefined;
  return `${printable(dirname(path))} leads to ${printable(folder)} through a symbolic link, outside --out ${printable(outFlag)}: nothing is written through it; replace the link with a folder`;
}

/**
 * Why `--out` or `--report` cannot be written, said before any paid request: an `--out`
 * that is a file, a `--report` that is a folder or whose folder is missing. Undefined when
 * both can be written.
 */
export async function outputPlaceProblem(
  places: { out?: string | undefined; report?: string | undefined },
  cwd: string,
): Promise<string | undefined> {
  const kind = (path: string) =>
    stat(path).then(
      (found) => (found.isDirectory() ? "folder" : "file"),
      () => "none",
    );
  if (places.out !== undefined && (await kind(resolve(cwd, places.out))) === "file") {
    return `--out ${places.out} is a file: give a folder (it is created if missing)`;
  }
  if (places.report !== undefined) {
    const report = resolve(cwd, places.report);
    const reportKind = await kind(report);
    if (reportKind === "folder") {
      return `--report ${places.report} is a folder: give a file name such as run.json`;
    }
    if ((await kind(dirname(report))) !== "folder") {
      return `--report ${places.report}: its folder does not exist; create it first`;
    }
    // `--report drafts/*.txt` hands the report an input's name: only our own report is replaced.
    if (reportKind === "file" && !(await isOurReport(report))) {
      return `--report ${places.report} exists and is not a seo-rewrite report: give a new file name such as run.json`;
    }
  }
  return undefined;
}

async function isOurReport(path: string): Promise<boolean> {
  try {
    const text = await readFile(path, "utf8");
    if (text.trim() === "") return true; // an empty file (mktemp's) has nothing to lose
    const data = JSON.parse(text) as { generator?: unknown };
    return typeof data.generator === "string" && data.generator.startsWith("seo-rewrite");
  } catch {
    return false;
  }
}

/** `<name>.rejected.md` beside the output, for `--keep-rejected`. */
export function rejectedPathFor(outputPath: string): string {
  return outputPath.replace(/\.md$/u, REJECTED_SUFFIX);
}

/**
 * Once an article is written, a `.rejected.md` left beside it by an earlier failed run is
 * stale — and a site generator would publish it. Removed only when we wrote it.
 */
export async function removeStaleRejected(outputPath: string): Promise<void> {
  const path = rejectedPathFor(outputPath);
  const existing = await readExistingOutput(path);
  if (existing !== undefined && writtenBySeoRewrite(existing)) await rm(path, { force: true });
}

/** The front-matter of an existing output, or undefined when there is none to read. */
export async function readExistingOutput(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return undefined;
  }
}
