import { type LinkFolderResult, linkFolder, linkFolderProblem } from "../pipeline/link-folder.js";
import type { LinkOptions } from "../settings/options.js";
import type { MainIO } from "./io.js";

/**
 * `seo-rewrite link <folder>`: internal links between the folder's articles, no model.
 * stdout: the links of the files that change (or would, with `--dry-run`), or the JSON
 * result; stderr: a summary and the files that could not be read or written. Exit 0, 1
 * when a file could not be read or written, 2 when the folder is not one.
 */
export async function runLink(
  folder: string,
  options: LinkOptions,
  io: Pick<MainIO, "stdout" | "stderr" | "cwd">,
): Promise<number> {
  const problem = await linkFolderProblem(folder, io.cwd);
  if (problem !== undefined) {
    io.stderr.write(`seo-rewrite: ${problem}\n`);
    return 2;
  }
  const result = await linkFolder(folder, options, io.cwd);
  for (const line of result.problems) io.stderr.write(`seo-rewrite: ${line}\n`);
  const changed = result.files.filter((file) => file.changed);
  if (options.json) {
    io.stdout.write(`${JSON.stringify(linkReport(folder, options.dryRun, result), null, 2)}\n`);
  } else {
    for (const file of changed) {
      const lines = file.added.map(
        (link) =>
          `${folder.replace(/\/+$/u, "")}/${file.file}:${link.line}  "${link.text}" → ${link.url}`,
      );
      if (file.added.length === 0)
        lines.push(`${folder.replace(/\/+$/u, "")}/${file.file}  links removed`);
      io.stdout.write(`${lines.join("\n")}\n`);
    }
  }
  if (!options.quiet) {
    const links = result.files.reduce((sum, file) => sum + file.added.length, 0);
    const verb = options.dryRun ? "would change" : "changed";
    io.stderr.write(
      `seo-rewrite: ${result.articles} article(s), ${links} internal link(s); ${changed.length} file(s) ${verb}\n`,
    );
  }
  return result.problems.length > 0 ? 1 : 0;
}

function linkReport(folder: string, dryRun: boolean, result: LinkFolderResult) {
  return {
    folder,
    dryRun,
    articles: result.articles,
    changed: result.files.filter((file) => file.changed).length,
    files: result.files.map((file) => ({
      file: file.file,
      changed: file.changed,
      removed: file.removed,
      links: file.added,
    })),
    problems: result.problems,
  };
}
