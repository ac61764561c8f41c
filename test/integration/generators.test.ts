import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import matter from "gray-matter";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/core/article.js";
import { composeArticle, type Provenance } from "../../src/core/compose.js";
import type { PublishFormat } from "../../src/core/formats.js";
import { writeFileAtomic } from "../../src/output/write.js";
import { dateOf } from "../../src/pipeline/setup.js";
import { answerFixture, type FakeServer, startFakeServer } from "../fake-server.js";
import { ROOT, runMain } from "../run-cli.js";

/**
 * Real static-site generators build a site from the tool's output: Hugo and Jekyll (the
 * Debian packages `hugo` and `jekyll`, which `.ci/run` installs), Eleventy and Astro 5
 * (the `@11ty/eleventy` and `astro` devDependencies). A missing generator fails these tests
 * with what to install: CI has all four, so a skip would only hide a broken setup.
 */

const KEY = "sk-test-0123456789abcdefghijklmnopqrstuvwxyz";
const WRITTEN = "seeds/reuters-microsoft-mistral-scraped.txt";
const REJECTED = "seeds/euractiv-mistral-azure-with-instruction.txt";
const ELEVENTY = join(ROOT, "node_modules", ".bin", "eleventy");
const ASTRO = join(ROOT, "node_modules", ".bin", "astro");
/** The title both answer fixtures give: the written article and the rejected one share it. */
const TITLE = "Souveraineté numérique, le défi européen de l'IA";
const SLUG = "souverainete-numerique-le-defi-europeen-de-l-ia";
/** Template syntax an article may quote: Liquid (Jekyll, Eleventy) and Hugo shortcodes. */
const TEMPLATE_TEXT = [
  "Le gabarit affiche {{ page.title }} et {% raw %} sans fin, puis {% if x %}.",
  "Hugo lit {{< youtube abc >}} et {{% note %}} ou un {{< seul.",
  "`{{< code >}} {% endraw %}`",
].join("\n\n");

let work: string;
let server: FakeServer | undefined;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-generators-"));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(work, { recursive: true, force: true });
});

/** Run a generator; a missing one is a failure that says how CI installs it. */
function build(
  command: string,
  args: string[],
  cwd: string,
  install: string,
  env: Record<string, string> = {},
): string {
  const run = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
    throw new Error(`${command} is not installed: ${install} (.ci/run does it in CI)`);
  }
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${output}`);
  return output;
}

function hugo(site: string, ...args: string[]): string {
  return build("hugo", ["--quiet", ...args], site, "apt-get install -y hugo");
}

function jekyll(site: string, env: Record<string, string> = {}): string {
  return build("jekyll", ["build", "--quiet"], site, "apt-get install -y jekyll", env);
}

function eleventy(site: string): string {
  return build(ELEVENTY, ["--input=src", "--output=_site", "--quiet"], site, "npm ci");
}

function astro(site: string): string {
  // No telemetry: the tests never reach the internet.
  return build(ASTRO, ["build", "--silent"], site, "npm ci", { ASTRO_TELEMETRY_DISABLED: "1" });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Every page a build wrote, relative to its output folder. */
function pages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => relative(folder, join(folder, file)))
    .sort();
}

/** A built page as text, its HTML entities decoded. */
function readPage(...path: string[]): string {
  return readFileSync(join(...path), "utf8")
    .replace(/&#39;|&rsquo;/gu, "'")
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}

/**
 * Through the command line: one article written, and one rejected after its only attempt
 * and kept with `--keep-rejected`, both in `out` for `format`.
 */
async function writeWithTheCli(format: PublishFormat, out: string): Promise<string> {
  server = await startFakeServer({
    script: [
      { content: answerFixture("valid-article.md") },
      { content: answerFixture("short-article.md") },
    ],
  });
  const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url };
  const written = await runMain([WRITTEN, "--out", out, "--format", format], { env });
  expect(written.code, written.stderr).toBe(0);
  const rejected = await runMain(
    [REJECTED, "--out", out, "--format", format, "--max-attempts", "1", "--keep-rejected"],
    { env },
  );
  expect(rejected.code, rejected.stderr).toBe(1);
  expect(
    readdirSync(out)
      .filter((file) => file.endsWith(".md"))
      .sort(),
  ).toEqual([
    "euractiv-mistral-azure-with-instruction.rejected.md",
    "reuters-microsoft-mistral-scraped.md",
  ]);
  const { data } = matter(readFileSync(join(out, "reuters-microsoft-mistral-scraped.md")));
  // Astro's blog starter names it pubDate.
  return String(data.date ?? data.pubDate);
}

/** An article composed by the tool's own code, as the write stage writes it. */
async function compose(path: string, format: PublishFormat, body: string, date: string) {
  const answer = parseArticle(
    `---\ntitle: "Gabarits cités tels quels"\ndescription: "d"\nkeywords: [a, b, c]\n---\n\n${body}\n`,
  );
  const provenance: Provenance = {
    source: "in/gabarits.txt",
    sourceHash: "aaaaaaaaaaaaaaaa",
    promptHash: "bbbbbbbbbbbbbbbb",
    optionsHash: "cccccccccccccccc",
    model: "m",
    generator: "seo-rewrite test",
    date,
  };
  await writeFileAtomic(path, composeArticle(answer, provenance, "fr", format));
}

/** `dateOf` as a writer in Paris runs it at `instant`. */
function parisDate(instant: string): string {
  const zone = process.env.TZ;
  process.env.TZ = "Europe/Paris";
  try {
    return dateOf(new Date(instant));
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
}

describe("Hugo builds the hugo format", () => {
  function site(): string {
    const root = join(work, "hugo");
    write(
      join(root, "hugo.toml"),
      [
        'baseURL = "https://example.org/"',
        'title = "Essai"',
        'disableKinds = ["taxonomy", "term", "RSS", "sitemap"]',
        "",
      ].join("\n"),
    );
    write(
      join(root, "layouts", "_default", "single.html"),
      '<h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}',
    );
    write(
      join(root, "layouts", "_default", "list.html"),
      "{{ range .Pages }}[{{ .File.Path }}]{{ end }}",
    );
    return root;
  }

  it("publishes the written article at /posts/<slug>/ with its title and date, never the rejected one", async () => {
    const root = site();
    const date = await writeWithTheCli("hugo", join(root, "content", "posts"));
    hugo(root);
    const published = pages(join(root, "public"));
    expect(published).toEqual(["index.html", "posts/index.html", `posts/${SLUG}/index.html`]);
    const page = readPage(root, "public", "posts", SLUG, "index.html");
    expect(page).toContain(`<h1>${TITLE}</h1>`);
    expect(page).toContain(`<time>${date.slice(0, 10)}</time>`);
    // Nor listed: the section holds the written article alone.
    const section = readPage(root, "public", "posts", "index.html");
    expect(section).toBe("[posts/reuters-microsoft-mistral-scraped.md]");
  }, 60_000);

  it("shows a body's shortcodes and Liquid as text instead of failing the build", async () => {
    const root = site();
    await compose(
      join(root, "content", "posts", "gabarits.md"),
      "hugo",
      TEMPLATE_TEXT,
      "2026-01-02",
    );
    hugo(root);
    const page = readPage(root, "public", "posts", "gabarits-cites-tels-quels", "index.html");
    expect(page).toContain("{{< youtube abc >}}");
    expect(page).toContain("{{% note %}}");
    expect(page).toContain("un {{< seul.");
    expect(page).toContain("<code>{{< code >}} {% endraw %}</code>");
    expect(page).toContain("{{ page.title }} et {% raw %}");
  }, 60_000);

  it("publishes at once an article written just after midnight in Paris, on a CI in UTC", async () => {
    const root = site();
    const date = parisDate("2026-11-30T23:30:00Z");
    await compose(join(root, "content", "posts", "minuit.md"), "hugo", "Texte.", date);
    // Fifteen minutes later, on a machine whose clock and zone are UTC.
    hugo(root, "--clock", "2026-11-30T23:45:00Z");
    const page = readPage(root, "public", "posts", "gabarits-cites-tels-quels", "index.html");
    expect(page).toContain("<time>2026-12-01</time>");
  }, 60_000);
});

/**
 * A site whose articles are a collection, as the README says (`_posts` takes only dated
 * file names), in Paris time unless `timezone` is empty; `time` is the build's clock
 * (Jekyll skips a page dated after it), the real one by default.
 */
function jekyllSite(time?: string, timezone = "Europe/Paris"): string {
  const root = join(work, "jekyll");
  write(
    join(root, "_config.yml"),
    [
      "title: Essai",
      ...(timezone === "" ? [] : [`timezone: ${timezone}`]),
      ...(time === undefined ? [] : [`time: ${time}`]),
      "collections:",
      "  articles:",
      "    output: true",
      "defaults:",
      "  - scope: { path: '', type: articles }",
      "    values: { layout: article }",
      "",
    ].join("\n"),
  );
  write(
    join(root, "_layouts", "article.html"),
    '<h1>{{ page.title }}</h1><time>{{ page.date | date: "%Y-%m-%d" }}</time>{{ content }}',
  );
  write(
    join(root, "index.html"),
    "---\n---\n{% for item in site.articles %}[{{ item.path }}]{% endfor %}",
  );
  return root;
}

describe("Jekyll builds the jekyll format", () => {
  it("publishes the written article at /<slug>/ with its title and date, never the rejected one", async () => {
    const root = jekyllSite();
    const date = await writeWithTheCli("jekyll", join(root, "_articles"));
    jekyll(root);
    expect(pages(join(root, "_site"))).toEqual(["index.html", `${SLUG}/index.html`]);
    const page = readPage(root, "_site", SLUG, "index.html");
    expect(page).toContain(`<h1>${TITLE}</h1>`);
    expect(page).toContain(`<time>${date.slice(0, 10)}</time>`);
    // Nor listed in the collection.
    const index = readPage(root, "_site", "index.html");
    expect(index).toBe("[_articles/reuters-microsoft-mistral-scraped.md]");
  }, 60_000);

  it("shows a body's Liquid as text instead of running it", async () => {
    const root = jekyllSite();
    await compose(join(root, "_articles", "gabarits.md"), "jekyll", TEMPLATE_TEXT, "2026-01-02");
    jekyll(root);
    const page = readPage(root, "_site", "gabarits-cites-tels-quels", "index.html");
    expect(page).toContain("{{ page.title }} et {% raw %} sans fin, puis {% if x %}.");
    expect(page).toMatch(/<code[^>]*>\{\{< code >\}\} \{% endraw %\}<\/code>/u);
    expect(page).toContain("<time>2026-01-02</time>");
  }, 60_000);

  it("publishes at once an article written just after midnight in Paris, on a CI in UTC", async () => {
    // Fifteen minutes after the writing, by Jekyll's clock, on a site and machine in UTC.
    const root = jekyllSite("2026-11-30T23:45:00Z", "");
    const date = parisDate("2026-11-30T23:30:00Z");
    await compose(join(root, "_articles", "minuit.md"), "jekyll", "Texte.", date);
    jekyll(root, { TZ: "UTC" });
    const page = readPage(root, "_site", "gabarits-cites-tels-quels", "index.html");
    // The writer's 00:30 in Paris, told in the site's zone.
    expect(page).toContain("<time>2026-11-30</time>");
  }, 60_000);
});

describe("Hugo builds a folder linked by seo-rewrite link", () => {
  it("renders every link the tool added, each to a page of the site, and no trace of its labels", async () => {
    const root = join(work, "hugo-linked");
    write(
      join(root, "hugo.toml"),
      'baseURL = "https://example.org/"\ntitle = "Essai"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
    );
    write(join(root, "layouts", "_default", "single.html"), "<main>{{ .Content }}</main>");
    write(join(root, "layouts", "_default", "list.html"), "<main>{{ .Title }}</main>");
    cpSync(join(ROOT, "test/fixtures/site"), join(root, "content", "posts"), { recursive: true });
    // The content folder, as Hugo reads it: the section's folder is part of each URL.
    const linked = await runMain(["link", join(root, "content"), "--format", "hugo"]);
    expect(linked.code, linked.stderr).toBe(0);
    hugo(root);
    const built = pages(join(root, "public")).filter((page) => page.startsWith("posts/"));
    expect(built).toHaveLength(5);
    const hrefs = built.flatMap((page) =>
      [...readPage(root, "public", page).matchAll(/<a href="([^"]+)">/gu)].map((match) => ({
        page,
        href: match[1] ?? "",
      })),
    );
    const internal = hrefs.filter(({ href }) => href.startsWith("/"));
    expect(internal.length).toBeGreaterThanOrEqual(9);
    for (const { page, href } of internal) {
      expect(existsSync(join(root, "public", href, "index.html")), `${page} → ${href}`).toBe(true);
    }
    for (const page of built) expect(readPage(root, "public", page)).not.toContain("seo-link");
  }, 60_000);
});

describe("Eleventy builds the eleventy format", () => {
  function site(): string {
    const root = join(work, "eleventy");
    write(
      join(root, "src", "_includes", "article.liquid"),
      '<h1>{{ title }}</h1><time>{{ page.date | date: "%Y-%m-%d" }}</time>{{ content }}',
    );
    write(
      join(root, "src", "articles", "articles.11tydata.json"),
      '{ "layout": "article.liquid" }',
    );
    write(
      join(root, "src", "index.liquid"),
      "{% for item in collections.all %}[{{ item.inputPath }}]{% endfor %}",
    );
    return root;
  }

  it("publishes the written article at /<slug>/ with its title and date, never the rejected one", async () => {
    const root = site();
    const date = await writeWithTheCli("eleventy", join(root, "src", "articles"));
    eleventy(root);
    expect(pages(join(root, "_site"))).toEqual(["index.html", `${SLUG}/index.html`]);
    const page = readPage(root, "_site", SLUG, "index.html");
    expect(page).toContain(`<h1>${TITLE}</h1>`);
    expect(page).toContain(`<time>${date.slice(0, 10)}</time>`);
    // Nor listed in a collection.
    const index = readPage(root, "_site", "index.html");
    expect(index).toContain("reuters-microsoft-mistral-scraped.md");
    expect(index).not.toContain("rejected");
  }, 60_000);

  it("shows a body's Liquid as text instead of failing the build", async () => {
    const root = site();
    await compose(
      join(root, "src", "articles", "gabarits.md"),
      "eleventy",
      TEMPLATE_TEXT,
      "2026-01-02",
    );
    eleventy(root);
    const page = readPage(root, "_site", "gabarits-cites-tels-quels", "index.html");
    expect(page).toContain("{{ page.title }} et {% raw %} sans fin, puis {% if x %}.");
    expect(page).toContain("<code>{{< code >}} {% endraw %}</code>");
    expect(page).toContain("<time>2026-01-02</time>");
  }, 60_000);
});

/**
 * The blog starter's shape: a glob() collection whose schema coerces `pubDate`, pages for
 * the entries that are not drafts (the docs' filter), dates shown in Paris time. The site
 * resolves `astro` from the project's own node_modules.
 */
function astroSite(): string {
  const root = join(work, "astro");
  mkdirSync(root, { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(root, "node_modules"), "dir");
  // Caches in the site, not in the project's node_modules (Astro's and Vite's defaults).
  write(
    join(root, "astro.config.mjs"),
    [
      'import { defineConfig } from "astro/config";',
      'export default defineConfig({ cacheDir: "./.cache/astro", vite: { cacheDir: "./.cache/vite" } });',
      "",
    ].join("\n"),
  );
  write(
    join(root, "src", "content.config.ts"),
    [
      'import { defineCollection, z } from "astro:content";',
      'import { glob } from "astro/loaders";',
      "const articles = defineCollection({",
      '  loader: glob({ pattern: "**/*.md", base: "./src/content/articles" }),',
      "  schema: z.object({ title: z.string(), pubDate: z.coerce.date(), draft: z.boolean().optional() }),",
      "});",
      "export const collections = { articles };",
      "",
    ].join("\n"),
  );
  const published = 'getCollection("articles", ({ data }) => data.draft !== true)';
  write(
    join(root, "src", "pages", "[...slug].astro"),
    [
      "---",
      'import { getCollection, render } from "astro:content";',
      "export async function getStaticPaths() {",
      `  const entries = await ${published};`,
      "  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      "}",
      "const { entry } = Astro.props;",
      "const { Content } = await render(entry);",
      'const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(entry.data.pubDate);',
      "---",
      "<h1>{entry.data.title}</h1><time>{day}</time><Content />",
      "",
    ].join("\n"),
  );
  write(
    join(root, "src", "pages", "index.astro"),
    [
      "---",
      'import { getCollection } from "astro:content";',
      `const entries = await ${published};`,
      "---",
      '{entries.map((entry) => "[" + entry.filePath + "]").join("")}',
      "",
    ].join("\n"),
  );
  return root;
}

describe("Astro builds the astro format", () => {
  it("publishes the written article at /<slug>/ with its title and date, never the rejected one; dates at once", async () => {
    const root = astroSite();
    const articles = join(root, "src", "content", "articles");
    const date = await writeWithTheCli("astro", articles);
    // And one written just after midnight in Paris: its day is the writer's.
    await compose(
      join(articles, "minuit.md"),
      "astro",
      "Texte.",
      parisDate("2026-11-30T23:30:00Z"),
    );
    astro(root);
    const midnight = "gabarits-cites-tels-quels";
    expect(pages(join(root, "dist"))).toEqual([
      `${midnight}/index.html`,
      "index.html",
      `${SLUG}/index.html`,
    ]);
    const page = readPage(root, "dist", SLUG, "index.html");
    expect(page).toContain(`<h1>${TITLE}</h1>`);
    expect(page).toContain(`<time>${date.slice(0, 10)}</time>`);
    expect(readPage(root, "dist", midnight, "index.html")).toContain("<time>2026-12-01</time>");
    // Nor listed.
    const index = readPage(root, "dist", "index.html");
    expect(index).toContain("reuters-microsoft-mistral-scraped.md");
    expect(index).not.toContain("rejected");
  }, 180_000);
});

describe("a rejected article in every format", () => {
  it.each(["plain", "hugo", "jekyll", "astro", "eleventy"] as const)(
    "%s: marked unpublished in each generator's terms, under its own slug",
    async (format) => {
      const path = join(work, "a.rejected.md");
      await compose(path, format, "Texte.", "2026-01-02");
      const data = matter(readFileSync(path, "utf8")).data;
      expect(data).toMatchObject({
        slug: "gabarits-cites-tels-quels-rejected",
        draft: true,
        published: false,
        eleventyExcludeFromCollections: true,
        build: { render: "never", list: "never" },
      });
      if (format !== "astro") expect(data.permalink).toBe(false);
      expect(existsSync(join(work, "a.md"))).toBe(false);
    },
  );
});

/** Two inputs whose answers share one title, written in one run with `flags`. */
async function writeTwins(format: PublishFormat, out: string, flags: string[] = []) {
  server = await startFakeServer();
  const input = join(work, "twins");
  mkdirSync(input, { recursive: true });
  writeFileSync(join(input, "premier.txt"), readFileSync(join(ROOT, WRITTEN)));
  writeFileSync(join(input, "second.txt"), readFileSync(join(ROOT, WRITTEN)));
  const env = { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url };
  const run = await runMain([input, "--out", out, "--format", format, ...flags], { env });
  expect(run.code, run.stderr).toBe(0);
  return run;
}

/** A Hugo site that renders each article's title and nothing else. */
function bareHugoSite(): string {
  const root = join(work, "hugo");
  write(
    join(root, "hugo.toml"),
    'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
  );
  write(join(root, "layouts", "_default", "single.html"), "<h1>{{ .Title }}</h1>");
  write(join(root, "layouts", "_default", "list.html"), "");
  return root;
}

describe("one title twice, and the publishing options, in real builds", () => {
  it("Hugo publishes both articles of one title, at <slug>/ and <slug>-2/", async () => {
    const root = bareHugoSite();
    const run = await writeTwins("hugo", join(root, "content", "posts"));
    expect(run.stderr).toContain(`slug "${SLUG}" is already the URL of`);
    hugo(root);
    // The list layout is empty, and Hugo writes no empty page: the articles' pages remain.
    expect(pages(join(root, "public"))).toEqual([
      `posts/${SLUG}-2/index.html`,
      `posts/${SLUG}/index.html`,
    ]);
  }, 60_000);

  it("Hugo publishes nothing written with --draft", async () => {
    const root = bareHugoSite();
    await writeTwins("hugo", join(root, "content", "posts"), ["--draft"]);
    hugo(root);
    expect(pages(join(root, "public")).filter((page) => page.includes(SLUG))).toEqual([]);
  }, 60_000);

  it("Eleventy builds both articles of one title under --permalink-base, instead of failing", async () => {
    const root = join(work, "eleventy");
    write(join(root, "src", "index.liquid"), "");
    await writeTwins("eleventy", join(root, "src", "articles"), ["--permalink-base", "/blog/"]);
    eleventy(root);
    expect(pages(join(root, "_site"))).toEqual([
      `blog/${SLUG}-2/index.html`,
      `blog/${SLUG}/index.html`,
      "index.html",
    ]);
  }, 60_000);
  it("Jekyll publishes both articles of one title, at /<slug>/ and /<slug>-2/", async () => {
    const root = jekyllSite();
    await writeTwins("jekyll", join(root, "_articles"));
    jekyll(root);
    expect(pages(join(root, "_site"))).toEqual([
      "index.html",
      `${SLUG}-2/index.html`,
      `${SLUG}/index.html`,
    ]);
  }, 60_000);

  it("Astro publishes both articles of one title, at /<slug>/ and /<slug>-2/", async () => {
    const root = astroSite();
    await writeTwins("astro", join(root, "src", "content", "articles"));
    astro(root);
    expect(pages(join(root, "dist"))).toEqual([
      "index.html",
      `${SLUG}-2/index.html`,
      `${SLUG}/index.html`,
    ]);
  }, 180_000);
});
