import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerFixture, startFakeServer } from "../fake-server.js";
import { ROOT, runBin } from "../run-cli.js";

/** `seo-rewrite link <folder>` from the command line (issue 16), on French articles. */
const FIXTURE = join(ROOT, "test/fixtures/site");

let work: string;
let site: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "seo-rewrite-link-"));
  site = join(work, "articles");
  cpSync(FIXTURE, site, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), "utf8")]),
  );
}

interface LinkJson {
  articles: number;
  changed: number;
  files: {
    file: string;
    changed: boolean;
    links: { text: string; url: string; target: string; line: number }[];
  }[];
}

describe("seo-rewrite link", () => {
  it("links natural mentions, never a heading, a quotation or the first sentence; a second run changes no byte", async () => {
    const run = await runBin(["link", site]);
    expect(run.stderr).toMatch(/4 article\(s\), \d+ internal link\(s\); 4 file\(s\) changed/u);
    expect(run.code).toBe(0);
    const economy = readFileSync(join(site, "economie-francaise.md"), "utf8");
    // The elided, the capitalised and the plural mention each link their article.
    expect(economy).toContain(
      "les engagements de l'[accord de Paris][seo-link:accord-de-paris-dix-ans-apres]",
    );
    expect(economy).toContain("Les [Taux d'Intérêt][seo-link:taux-interet-bce] élevés");
    expect(economy).toContain(
      "Les [voitures électriques][seo-link:voiture-electrique-recharge] pourraient",
    );
    // Untouched: the first sentence, the headings, the quotation.
    expect(economy).toContain("L'économie française ralentit, freinée par les taux d'intérêt.");
    expect(economy).toContain("## L'accord de Paris, une contrainte ?");
    expect(economy).toContain("> « L'accord de Paris nous oblige », dit un patron.");
    expect(economy).toContain(
      "[seo-link:accord-de-paris-dix-ans-apres]: /accord-de-paris-dix-ans-apres/\n",
    );
    expect(run.stdout).toContain(
      `economie-francaise.md:15  "accord de Paris" → /accord-de-paris-dix-ans-apres/`,
    );

    const before = snapshot(site);
    const mtimes = readdirSync(site).map((name) => statSync(join(site, name)).mtimeMs);
    const again = await runBin(["link", site]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 file\(s\) changed/u);
    expect(snapshot(site)).toEqual(before);
    expect(readdirSync(site).map((name) => statSync(join(site, name)).mtimeMs)).toEqual(mtimes);
  });

  it("holds --max-links, and --dry-run --json lists the links without writing", async () => {
    const before = snapshot(site);
    const run = await runBin([
      "link",
      site,
      "--dry-run",
      "--json",
      "--max-links",
      "1",
      "--url-pattern",
      "/posts/{slug}/",
    ]);
    expect(run.code).toBe(0);
    expect(snapshot(site)).toEqual(before);
    const report = JSON.parse(run.stdout) as LinkJson;
    expect(report.articles).toBe(4);
    for (const file of report.files) expect(file.links.length).toBeLessThanOrEqual(1);
    const economy = report.files.find((file) => file.file === "economie-francaise.md");
    expect(economy?.links).toEqual([
      {
        text: "accord de Paris",
        url: "/posts/accord-de-paris-dix-ans-apres/",
        target: "accord-de-paris.md",
        line: 15,
      },
    ]);
  });

  it("check reports a link to a deleted article as an error; link drops it", async () => {
    await runBin(["link", site]);
    rmSync(join(site, "taux-interet.md"));
    const check = await runBin(["check", site, "--json", "--min-words", "1"]);
    const reports = JSON.parse(check.stdout) as {
      file: string;
      findings: { rule: string; severity: string; line: number }[];
    }[];
    const broken = reports.flatMap((report) =>
      report.findings.filter(
        (finding) => finding.rule === "internal-links" && finding.severity === "error",
      ),
    );
    expect(broken.length).toBeGreaterThan(0);
    expect(check.code).toBe(1);

    const relink = await runBin(["link", site]);
    expect(relink.code).toBe(0);
    expect(readFileSync(join(site, "economie-francaise.md"), "utf8")).not.toContain(
      "taux-interet-bce",
    );
    const after = await runBin(["check", site, "--json", "--min-words", "1"]);
    const left = (JSON.parse(after.stdout) as typeof reports).flatMap((report) =>
      report.findings.filter(
        (finding) => finding.rule === "internal-links" && finding.severity === "error",
      ),
    );
    expect(left).toEqual([]);
  });

  it("refuses a missing folder and a bad --max-links with one line and exit 2", async () => {
    const missing = await runBin(["link", join(work, "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope: no such folder: give the folder of the articles\n$/u);
    const bad = await runBin(["link", site, "--max-links", "beaucoup"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-links: /u);
  });
});

describe("seo-rewrite <inputs> --out DIR --link", () => {
  it("links the new article and the ones already in DIR to each other", async () => {
    const out = join(work, "site");
    mkdirSync(out);
    writeFileSync(
      join(out, "ia.md"),
      '---\ntitle: "L\'intelligence artificielle au travail"\nslug: "ia-au-travail"\nkeywords: ["intelligence artificielle"]\nlang: "fr"\n---\n\nUn article ancien.\n\nLa souveraineté numérique inquiète les syndicats.\n',
    );
    const server = await startFakeServer({
      script: [{ content: answerFixture("valid-article.md") }],
    });
    try {
      const run = await runBin(
        ["seeds/reuters-microsoft-mistral-scraped.txt", "--out", out, "--link"],
        {
          env: { OPENAI_API_KEY: "sk-test-0123456789abcdef", OPENAI_BASE_URL: server.url },
          cwd: ROOT,
        },
      );
      expect(run.stderr).toMatch(/2 article\(s\), 2 internal link\(s\); 2 file\(s\) changed/u);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("");
      const written = readFileSync(join(out, "reuters-microsoft-mistral-scraped.md"), "utf8");
      expect(written).toContain("[intelligence artificielle][seo-link:ia-au-travail]");
      expect(readFileSync(join(out, "ia.md"), "utf8")).toContain(
        "La [souveraineté numérique][seo-link:souverainete-numerique-le-defi-europeen-de-l-ia] inquiète",
      );
    } finally {
      await server.close();
    }
  });

  it("refuses --link without --out before any request", async () => {
    const run = await runBin(["seeds/reuters-microsoft-mistral-scraped.txt", "--link"], {
      env: { OPENAI_API_KEY: "sk-test-0123456789abcdef", OPENAI_BASE_URL: "http://127.0.0.1:9" },
      cwd: ROOT,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--link needs --out DIR/u);
  });
});

describe("seo-rewrite <input> --cite-source", () => {
  it("writes the source's address as source_url and ends the article with « Source : [Site](url) »", async () => {
    const url = "https://www.boursorama.com/bourse/actualites/microsoft-mistral-ai-1234.html";
    const input = join(work, "reuters.txt");
    writeFileSync(
      input,
      `${url}\n\n${readFileSync(join(ROOT, "seeds/reuters-microsoft-mistral-scraped.txt"), "utf8")}`,
    );
    const server = await startFakeServer({
      script: [{ content: answerFixture("valid-article.md") }],
    });
    try {
      const run = await runBin([input, "--cite-source"], {
        env: { OPENAI_API_KEY: "sk-test-0123456789abcdef", OPENAI_BASE_URL: server.url },
      });
      expect(run.stderr).not.toMatch(/error/u);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`source_url: "${url}"`);
      expect(run.stdout.endsWith(`\n\nSource : [boursorama.com](<${url}>)\n`)).toBe(true);
      // The address never reached the model as article text.
      expect(JSON.stringify(server.chatRequests()[0]?.body)).not.toContain(url);
    } finally {
      await server.close();
    }
  });
});
