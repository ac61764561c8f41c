/**
 * Command-line inputs → the files to rewrite: files as given, folders walked recursively,
 * globs expanded (tinyglobby). Each file keeps its path relative to the input it came
 * from, so `--out DIR` can mirror the tree. Lazy: files are yielded as they are found.
 */
import type { Dirent, Stats } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import {
  dirname,
  extname,
  isAbsolute,
  join,
  relative as relativePath,
  resolve,
  sep,
} from "node:path";
import { printable } from "../core/printable.js";

/** Extensions taken from folders and extension-less globs (default). */
export const DEFAULT_INPUT_EXTENSIONS: readonly string[] = [
  ".txt",
  ".md",
  ".markdown",
  ".html",
  ".htm",
];

/** The extensions of Markdown articles: what `check` and `link` read from a folder. */
export const MARKDOWN_EXTENSIONS: readonly string[] = [".md", ".markdown"];

/** Folders never walked (besides dot-folders such as `.git`). */
const SKIPPED_FOLDERS = new Set(["node_modules"]);

export interface InputFile {
  /** Absolute path, to read. */
  path: string;
  /** The path as the user would write it: relative to `cwd` when the input was. */
  display: string;
  /** Path under the input's root (the folder, the glob's fixed part, or the file's name), with `/`. */
  relative: string;
  /** The command-line input this file came from. */
  input: string;
}

export interface InputProblem {
  input: string;
  /** One line naming the input, what is wrong and what to do. */
  problem: string;
}

export type ListedInput = InputFile | InputProblem;

/** The file-system calls a listing makes (tests inject failures a root user never meets). */
export interface ListingFs {
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<Stats>;
}

const NODE_FS: ListingFs = { readdir, realpath, stat };

export interface ListOptions {
  /** Extensions with or without the dot, any case; default: {@link DEFAULT_INPUT_EXTENSIONS}. */
  extensions?: readonly string[];
  /** Where relative inputs are resolved; default: `process.cwd()`. */
  cwd?: string;
  /**
   * Told of each file a folder walk leaves out although its extension is taken (a hidden
   * file), with why, so that nothing is dropped silently.
   */
  onSkipped?: (display: string, reason: string) => void;
  /** default: node:fs/promises */
  fs?: ListingFs;
}

/** Why a hidden file found in a folder is not rewritten, and how to take it anyway. */
export const HIDDEN_FILE_REASON =
  "hidden file (its name starts with a dot): name it on the command line to rewrite it";

function normaliseExtensions(extensions: readonly string[]): Set<string> {
  return new Set(
    extensions
      .map((extension) => extension.trim().toLowerCase())
      .filter((extension) => extension.length > 0)
      .map((extension) => (extension.startsWith(".") ? extension : `.${extension}`)),
  );
}

const toPosix = (path: string) => path.split(sep).join("/");

/** The deepest folder holding all of `folders` (absolute paths); undefined for none. */
function commonFolder(folders: readonly string[]): string | undefined {
  const [first, ...rest] = folders.map((folder) => folder.split(sep));
  if (first === undefined) return undefined;
  let length = first.length;
  for (const parts of rest) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length).join(sep) || sep;
}

/**
 * Hidden, by the Unix habit every tool shares (`ls`, globs, Git): a name starting with a
 * dot — `.draft.md`, macOS's `._article.md`, but also `..txt`. Folders such as `.git` are
 * skipped without a word; a hidden file with a taken extension is reported as skipped.
 */
function isHidden(name: string): boolean {
  return name.startsWith(".");
}

/** Sorted by code unit so every platform and locale lists in the same order. */
function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** What a folder walk finds: a file to take, a hidden file left out, a subfolder it cannot read. */
type Walked = { relative: string } | { hidden: string } | { unreadable: string; error: unknown };

interface Walk {
  root: string;
  extensions: Set<string>;
  visited: Set<string>;
  fs: ListingFs;
}

/** The folder's entries, sorted; or the error that kept them from being listed. */
async function entriesOf(walk: Walk, folder: string): Promise<Dirent[] | { error: unknown }> {
  try {
    const real = await walk.fs.realpath(folder);
    // A symbolic link back up the tree would loop forever.
    if (walk.visited.has(real)) return [];
    walk.visited.add(real);
    return (await walk.fs.readdir(folder, { withFileTypes: true })).sort(byName);
  } catch (error) {
    return { error };
  }
}

/**
 * The files under `folder`, relative to the walk's root. A subfolder that cannot be read
 * is yielded as such and the walk goes on: its readable siblings are still inputs.
 */
async function* walkFolder(walk: Walk, folder = walk.root): AsyncGenerator<Walked> {
  const entries = await entriesOf(walk, folder);
  if (!Array.isArray(entries)) {
    // The root's own failure is the caller's (the input fails as a whole).
    if (folder === walk.root) throw entries.error;
    yield { unreadable: relativePath(walk.root, folder), error: entries.error };
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await walk.fs.stat(path).catch(() => undefined);
      isDirectory = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    const taken = isFile && walk.extensions.has(extname(entry.name).toLowerCase());
    if (isHidden(entry.name)) {
      if (taken) yield { hidden: relativePath(walk.root, path) };
    } else if (isDirectory) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* walkFolder(walk, path);
    } else if (taken) {
      yield { relative: relativePath(walk.root, path) };
    }
  }
}

/** The glob's fixed leading folders (`drafts/2024` in `drafts/2024/**\/*.md`) and the rest. */
function splitGlob(pattern: string, isDynamic: (segment: string) => boolean) {
  const segments = toPosix(pattern).split("/");
  const firstDynamic = segments.findIndex((segment) => isDynamic(segment));
  const fixed = segments.slice(0, firstDynamic).join("/");
  return {
    base: fixed === "" ? (pattern.startsWith("/") ? "/" : ".") : fixed,
    rest: segments.slice(firstDynamic).join("/"),
  };
}

function describe(extensions: Set<string>): string {
  return [...extensions].join(", ");
}

function problemOf(input: string, error: unknown): InputProblem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied: make it readable"
      : `cannot be read (${code ?? String(error)})`;
  return { input, problem: `${printable(input)}: ${reason}` };
}

/** What every input of one listing shares. */
interface Listing {
  cwd: string;
  extensions: Set<string>;
  /** Real paths already yielded. */
  seen: Set<string>;
  /** Real paths of the folders already walked. */
  visited: Set<string>;
  /** Where files named one by one mirror their tree from; undefined: each keeps its name. */
  filesRoot: string | undefined;
  onSkipped: NonNullable<ListOptions["onSkipped"]>;
  fs: ListingFs;
}

/**
 * Files named one by one (a glob the shell expanded) mirror their tree from their
 * common folder: `in/2023/a.txt in/2024/a.txt` → `2023/a.md`, `2024/a.md`, not one `a.md`.
 * Only at or below the working folder: `/tmp/a.txt ./b.txt` share only `/`, and `--out o`
 * must not grow `o/tmp/` and `o/home/me/…`; such files keep their names.
 */
async function filesRootOf(inputs: readonly string[], cwd: string): Promise<string | undefined> {
  const fileFolders: string[] = [];
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    if (input !== "-" && (await stat(absolute).catch(() => undefined))?.isFile()) {
      fileFolders.push(dirname(absolute));
    }
  }
  const common = commonFolder(fileFolders);
  const fromCommonToCwd = common === undefined ? "" : relativePath(common, resolve(cwd));
  const aboveCwd =
    fromCommonToCwd !== "" && !fromCommonToCwd.startsWith("..") && !isAbsolute(fromCommonToCwd);
  return aboveCwd ? undefined : common;
}

/** The file to yield, or undefined when it was listed already. */
async function fileOf(
  listing: Listing,
  input: string,
  display: string,
  relative: string,
): Promise<InputFile | undefined> {
  const path = resolve(listing.cwd, display);
  // Deduplicated by real path: a file reached through a symbolic link is the same file.
  const real = await listing.fs.realpath(path).catch(() => path);
  if (listing.seen.has(real)) return undefined;
  listing.seen.add(real);
  return { path, display: toPosix(display), relative: toPosix(relative), input };
}

/**
 * A folder's files, walked recursively; a problem when it holds none or cannot be read, and
 * one for each subfolder that cannot be read (its siblings are listed all the same).
 */
async function* listFolder(
  listing: Listing,
  input: string,
  absolute: string,
): AsyncGenerator<ListedInput> {
  // A folder inside one already walked (`in in/2024`): its files are listed already.
  if (listing.visited.has(await listing.fs.realpath(absolute).catch(() => absolute))) return;
  let found = 0;
  const walk = {
    root: absolute,
    extensions: listing.extensions,
    visited: listing.visited,
    fs: listing.fs,
  };
  try {
    for await (const item of walkFolder(walk)) {
      if (!("hidden" in item)) found += 1;
      if ("unreadable" in item) {
        yield problemOf(join(input, item.unreadable), item.error);
      } else if ("hidden" in item) {
        listing.onSkipped(printable(toPosix(join(input, item.hidden))), HIDDEN_FILE_REASON);
      } else {
        const listed = await fileOf(listing, input, join(input, item.relative), item.relative);
        if (listed) yield listed;
      }
    }
  } catch (error) {
    yield problemOf(input, error);
    return;
  }
  if (found === 0) {
    yield {
      input,
      problem: `${printable(input)}: no ${describe(listing.extensions)} file in this folder (change --ext to take others)`,
    };
  }
}

/** A glob's matches, sorted; a problem when the input is no glob or matches nothing. */
async function* listGlob(listing: Listing, input: string): AsyncGenerator<ListedInput> {
  const { glob, isDynamicPattern } = await import("tinyglobby");
  if (!isDynamicPattern(input)) {
    yield { input, problem: `${printable(input)}: no such file or folder` };
    return;
  }
  const { base, rest } = splitGlob(input, (segment) => isDynamicPattern(segment));
  const namesExtension = /\.[\p{L}\p{N}]+$/u.test(rest);
  const matches = (
    await glob(rest, {
      cwd: isAbsolute(base) ? base : resolve(listing.cwd, base),
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      ignore: ["**/node_modules/**"],
    })
  )
    .filter((match) => namesExtension || listing.extensions.has(extname(match).toLowerCase()))
    .sort();
  if (matches.length === 0) {
    const which = namesExtension ? "" : ` ${describe(listing.extensions)}`;
    yield { input, problem: `${printable(input)}: the pattern matches no${which} file` };
    return;
  }
  for (const match of matches) {
    const display = base === "." ? match : `${base.replace(/\/$/u, "")}/${match}`;
    const listed = await fileOf(listing, input, display, match);
    if (listed) yield listed;
  }
}

/** One command-line input: stdin refused, a folder walked, a file taken, else a glob. */
async function* listInput(listing: Listing, input: string): AsyncGenerator<ListedInput> {
  if (input === "-") {
    yield { input, problem: "-: stdin cannot be mixed with files; pipe one article at a time" };
    return;
  }
  const absolute = resolve(listing.cwd, input);
  const stats = await listing.fs
    .stat(absolute)
    .catch((error: unknown) => error as NodeJS.ErrnoException);
  if (!(stats instanceof Error)) {
    if (stats.isDirectory()) {
      yield* listFolder(listing, input, absolute);
      return;
    }
    const relative = relativePath(listing.filesRoot ?? dirname(absolute), absolute);
    const listed = await fileOf(listing, input, input, relative);
    if (listed) yield listed;
    return;
  }
  if (stats.code !== "ENOENT" && stats.code !== "ENOTDIR") {
    yield problemOf(input, stats);
    return;
  }
  yield* listGlob(listing, input);
}

/**
 * Expand command-line inputs into files, lazily, in input order; within a folder or glob,
 * in sorted tree order. A file listed twice (by two inputs, or through a symbolic link) is
 * yielded once. Explicit
 * files are taken whatever their extension; folders are walked recursively for
 * `extensions`, skipping dot-folders, dot-files and `node_modules`; globs take
 * `extensions` only when the pattern does not name its own (`*.rst` keeps `.rst`).
 * An input that names nothing yields an {@link InputProblem} instead of being ignored.
 * `-` (stdin) is the caller's business and is reported as a problem when mixed with paths.
 */
export async function* listInputs(
  inputs: readonly string[],
  options: ListOptions = {},
): AsyncGenerator<ListedInput> {
  const cwd = options.cwd ?? process.cwd();
  const listing: Listing = {
    cwd,
    extensions: normaliseExtensions(options.extensions ?? DEFAULT_INPUT_EXTENSIONS),
    seen: new Set(),
    visited: new Set(),
    filesRoot: await filesRootOf(inputs, cwd),
    onSkipped: options.onSkipped ?? (() => {}),
    fs: options.fs ?? NODE_FS,
  };
  for (const input of inputs) yield* listInput(listing, input);
}
