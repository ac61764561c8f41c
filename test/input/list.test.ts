import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HIDDEN_FILE_REASON,
  type InputFile,
  type InputProblem,
  type ListingFs,
  type ListOptions,
  listInputs,
} from "../../src/input/list.js";

let cwd: string;
const FILES = [
  "articles/a.txt",
  "articles/b.md",
  "articles/notes.pdf",
  "articles/sub/c.html",
  "articles/sub/deep/d.markdown",
  "articles/sub/e.htm",
  "articles/.hidden/secret.txt",
  "articles/.draft.txt",
  "articles/node_modules/pkg/readme.md",
  "other/x.txt",
  "other/Z.TXT",
  "empty/readme.pdf",
];

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "seo-rewrite-list-"));
  for (const file of FILES) {
    await mkdir(join(cwd, dirname(file)), { recursive: true });
    await writeFile(join(cwd, file), "texte");
  }
  // A link back up the tree must not loop.
  await symlink(join(cwd, "articles"), join(cwd, "articles/sub/loop"));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function list(inputs: string[], options: ListOptions = {}) {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for await (const item of listInputs(inputs, { cwd, ...options })) {
    if ("problem" in item) problems.push(item);
    else files.push(item);
  }
  return { files, problems };
}

describe("listInputs", () => {
  it("walks a folder recursively for the default extensions, in tree order, skipping dot-folders and node_modules", async () => {
    const { files, problems } = await list(["articles"]);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.relative)).toEqual([
      "a.txt",
      "b.md",
      "sub/c.html",
      "sub/deep/d.markdown",
      "sub/e.htm",
    ]);
    expect(files[2]).toEqual({
      path: join(cwd, "articles/sub/c.html"),
      display: "articles/sub/c.html",
      relative: "sub/c.html",
      input: "articles",
    });
  });

  it("takes configured extensions, with or without the dot, in any case", async () => {
    const { files } = await list(["articles", "other"], { extensions: ["MD", ".txt"] });
    expect(files.map((file) => file.display)).toEqual([
      "articles/a.txt",
      "articles/b.md",
      "other/Z.TXT",
      "other/x.txt",
    ]);
  });

  it("takes an explicit file whatever its extension, relative to its own name", async () => {
    const { files } = await list(["articles/notes.pdf"]);
    expect(files).toEqual([
      {
        path: join(cwd, "articles/notes.pdf"),
        display: "articles/notes.pdf",
        relative: "notes.pdf",
        input: "articles/notes.pdf",
      },
    ]);
  });

  it("mirrors files named one by one from their common folder, as a shell-expanded glob gives them", async () => {
    const { files } = await list(["articles/a.txt", "articles/sub/c.html", "other/x.txt"]);
    expect(files.map((file) => file.relative)).toEqual([
      "articles/a.txt",
      "articles/sub/c.html",
      "other/x.txt",
    ]);
    const sameFolder = await list(["articles/a.txt", "articles/b.md"]);
    expect(sameFolder.files.map((file) => file.relative)).toEqual(["a.txt", "b.md"]);
    // Files whose common folder lies above the working folder keep their own names.
    const above = await list([join(cwd, "other/x.txt"), "a.txt"], {
      cwd: join(cwd, "articles"),
    });
    expect(above.files.map((file) => file.relative)).toEqual(["x.txt", "a.txt"]);
  });

  it("takes a folder inside one already walked as covered, not as an empty folder", async () => {
    const { files, problems } = await list(["articles", "articles/sub"]);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.relative)).toContain("sub/c.html");
    expect(files.filter((file) => file.relative.endsWith("c.html"))).toHaveLength(1);
  });

  it("expands globs relative to their fixed part, filtering by extension unless the pattern names one", async () => {
    const all = await list(["articles/**/*"]);
    expect(all.files.map((file) => file.relative)).toEqual([
      "a.txt",
      "b.md",
      "sub/c.html",
      "sub/deep/d.markdown",
      "sub/e.htm",
    ]);
    const pdf = await list(["articles/*.pdf"]);
    expect(pdf.files.map((file) => [file.display, file.relative])).toEqual([
      ["articles/notes.pdf", "notes.pdf"],
    ]);
  });

  it("lists a file once when two inputs name it", async () => {
    const { files } = await list(["articles/a.txt", "articles", "articles/*.txt"]);
    expect(files.map((file) => file.display)).toEqual([
      "articles/a.txt",
      "articles/b.md",
      "articles/sub/c.html",
      "articles/sub/deep/d.markdown",
      "articles/sub/e.htm",
    ]);
  });

  it("reports every input that names nothing, and goes on with the others", async () => {
    const { files, problems } = await list([
      "missing.txt",
      "drafts/*.md",
      "empty",
      "-",
      "other/x.txt",
    ]);
    expect(problems.map((problem) => problem.problem)).toEqual([
      "missing.txt: no such file or folder",
      "drafts/*.md: the pattern matches no file",
      "empty: no .txt, .md, .markdown, .html, .htm file in this folder (change --ext to take others)",
      "-: stdin cannot be mixed with files; pipe one article at a time",
    ]);
    expect(files.map((file) => file.display)).toEqual(["other/x.txt"]);
  });

  it("accepts absolute paths and patterns", async () => {
    const { files } = await list([join(cwd, "other"), `${join(cwd, "articles")}/*.md`]);
    expect(files.map((file) => [file.path, file.relative])).toEqual([
      [join(cwd, "other/Z.TXT"), "Z.TXT"],
      [join(cwd, "other/x.txt"), "x.txt"],
      [join(cwd, "articles/b.md"), "b.md"],
    ]);
  });

  it("is lazy: the first file comes before the next input is looked at", async () => {
    const iterator = listInputs(["other/x.txt", "never/*.md"], { cwd });
    const first = await iterator.next();
    expect(first.value).toMatchObject({ display: "other/x.txt" });
    await iterator.return(undefined);
  });
});

describe("listInputs: what a folder walk leaves out", () => {
  it("fails only the subfolder it cannot read, and lists its siblings", async () => {
    const { readdir, realpath, stat } = await import("node:fs/promises");
    const denied = Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    const fs: ListingFs = {
      // Root reads any folder: the failure a user meets is injected.
      readdir: async (path, options) => {
        if (path.endsWith(join("articles", "sub", "deep"))) throw denied;
        return readdir(path, options);
      },
      realpath,
      stat,
    };
    const { files, problems } = await list(["articles"], { fs });
    expect(problems).toEqual([
      {
        input: join("articles", "sub", "deep"),
        problem: `${join("articles", "sub", "deep")}: permission denied: make it readable`,
      },
    ]);
    expect(files.map((file) => file.relative)).toEqual([
      "a.txt",
      "b.md",
      "sub/c.html",
      "sub/e.htm",
    ]);
  });

  it("tells of each hidden file it skips, not of hidden folders or other extensions", async () => {
    const skipped: [string, string][] = [];
    await list(["articles"], { onSkipped: (display, reason) => skipped.push([display, reason]) });
    expect(skipped).toEqual([["articles/.draft.txt", HIDDEN_FILE_REASON]]);
  });

  it("escapes control characters of an input's name in its problem line", async () => {
    const { problems } = await list(["nulle\npart"]);
    expect(problems.map((problem) => problem.problem)).toEqual([
      "nulle\\npart: no such file or folder",
    ]);
  });
});
