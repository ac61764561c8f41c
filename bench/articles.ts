/**
 * The articles the check benchmarks judge: seeded variants of the good-article fixture,
 * so that every run checks the same texts and each stays French, faithful and well formed.
 */

/** mulberry32: a seeded generator, so that every run makes the same articles. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Word swaps that keep the article French, faithful and well formed. */
const SWAPS: readonly (readonly [string, string])[] = [
  ["assure", "affirme"],
  ["jeune pousse", "start-up"],
  ["a indiqué", "a précisé"],
  ["particulièrement sévère", "très sévère"],
  ["modeste", "limité"],
  ["fréquent", "courant"],
  ["le dirigeant", "le patron"],
  ["ancienne", "récurrente"],
  ["embarrassant", "gênant"],
  ["souvent", "fréquemment"],
];

/** Variant `index` of the fixture: middle sections reordered, some words swapped, own slug. */
export function variantOf(fixture: string, index: number): string {
  const random = randomFrom(index + 1);
  const end = fixture.indexOf("\n---", 3) + 4;
  const frontMatter = fixture.slice(0, end).replace(/^slug: (.+)$/mu, `slug: $1-${index}`);
  const [introduction = "", ...sections] = fixture.slice(end).split(/\n(?=## )/u);
  const last = sections.pop() ?? "";
  for (let at = sections.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    [sections[at], sections[other]] = [sections[other] ?? "", sections[at] ?? ""];
  }
  let body = [introduction, ...sections, last].join("\n");
  for (const [from, to] of SWAPS) if (random() < 0.5) body = body.replaceAll(from, to);
  return frontMatter + body;
}

/** The article with its sentences run together: sentence-length and reading-ease warnings. */
export function withWarnings(article: string): string {
  const end = article.indexOf("\n---", 3) + 4;
  return article.slice(0, end) + article.slice(end).replaceAll(". ", ", et ");
}
