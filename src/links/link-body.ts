import { bodyOf } from "../core/article.js";
import { bodyLayout, type TextRun } from "./body-layout.js";
import { matchesAt, tokensOf } from "./phrases.js";
import {
  type IndexedPhrase,
  indexedPhrase,
  type PhraseIndex,
  phraseKey,
  type SiteArticle,
} from "./site.js";

/**
 * One article's internal links, rewritten: the links this tool added earlier are taken out,
 * then the first natural mentions of other articles' phrases are linked again. Running it
 * twice gives the same bytes, and a link to an article since removed or renamed is dropped
 * or updated.
 *
 * Our links are Markdown reference links whose label says who wrote them:
 * `[accord de Paris][seo-link:accord-paris]`, with `[seo-link:accord-paris]: /posts/…/` at
 * the end of the body. Every CommonMark renderer (Hugo's Goldmark, kramdown, markdown-it,
 * remark) shows a plain link and prints nothing for the definition, the prose stays
 * readable, and the URL of a target is written once, so a rename changes one line.
 */

export const LINK_LABEL_PREFIX = "seo-link:";

/** `[text][seo-link:label]`: the text keeps its escapes; labels have no space or bracket. */
const OUR_LINK = /\[((?:[^[\]\\]|\\.)*)\]\[seo-link:[^\]\s]+\]/gu;
const OUR_DEFINITION = /^ {0,3}\[seo-link:[^\]\s]+\]:[^\n]*(?:\n|$)/gmu;

export interface AddedLink {
  /** The words linked, as written. */
  text: string;
  url: string;
  /** The target article's path under the folder. */
  target: string;
  /** 1-based line in the file. */
  line: number;
}

export interface LinkedArticle {
  /** The whole file, front-matter as it was. */
  text: string;
  changed: boolean;
  added: AddedLink[];
  /** Links of ours taken out before linking again (kept ones are counted here and in added). */
  removed: number;
  /** Articles the body mentions (before the cap): the "related" ones. */
  related: number;
}

export interface LinkSettings {
  /** Distinct targets per article (`--max-links`); default: `3`. */
  maxLinks: number;
}

/** The body with our links and their definitions taken out; how many links there were. */
export function stripOurLinks(body: string): { body: string; removed: number } {
  let removed = 0;
  const unlinked = body.replace(OUR_LINK, (_, text: string) => {
    removed += 1;
    return text;
  });
  const stripped = unlinked.replace(OUR_DEFINITION, "");
  if (stripped === body) return { body, removed: 0 };
  return { body: `${stripped.trimEnd()}\n`, removed };
}

/** « … », “ … ” and "…" spans in the paragraphs: a quotation is the speaker's words, never linked. */
function quotationSpans(body: string): [number, number][] {
  return [...body.matchAll(/«[^»]*»|“[^”]*”|"[^"\n]*"/gu)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

interface Mention {
  start: number;
  end: number;
  paragraph: number;
  phrase: IndexedPhrase;
}

/** At each word, the longest phrase of the index that starts there and may be linked. */
function mentionsIn(
  body: string,
  runs: readonly TextRun[],
  index: PhraseIndex,
  linkable: (phrase: IndexedPhrase) => boolean,
): Mention[] {
  const mentions: Mention[] = [];
  for (const run of runs) {
    const text = body.slice(run.start, run.end);
    const tokens = tokensOf(text);
    tokens.forEach((token, position) => {
      if (token.functional) return;
      for (const match of matchesAt(text, tokens, position, index)) {
        const phrase = indexedPhrase(match.key, match.value);
        if (!linkable(phrase)) continue;
        const start = run.start + token.start;
        // `![…]` would make an image of the link.
        if (body[start - 1] !== "!") {
          mentions.push({ start, end: run.start + match.end, paragraph: run.paragraph, phrase });
        }
        break;
      }
    });
  }
  return mentions;
}

/** A line of spaces only: no text node reaches across one. */
const BLANK_LINE = /\n[ \t\r]*\n/gu;

/**
 * Does the body name another article? Read a paragraph at a time, stopping at the first
 * mention: a run of text never crosses a blank line, so no mention is missed, and most
 * bodies answer within their first paragraphs.
 */
function mentionsAny(
  body: string,
  index: PhraseIndex,
  linkable: (phrase: IndexedPhrase) => boolean,
): boolean {
  let start = 0;
  for (const gap of body.matchAll(BLANK_LINE)) {
    const chunk: TextRun = { start, end: gap.index, paragraph: start };
    if (mentionsIn(body, [chunk], index, linkable).length > 0) return true;
    start = gap.index + gap[0].length;
  }
  const last: TextRun = { start, end: body.length, paragraph: start };
  return mentionsIn(body, [last], index, linkable).length > 0;
}

/**
 * The mentions to link: overlaps go to the longer phrase; then keyphrases before keywords,
 * earlier before later; one link per target and per paragraph, `maxLinks` targets at most.
 */
function chooseMentions(
  mentions: readonly Mention[],
  excluded: (mention: Mention) => boolean,
  maxLinks: number,
): Mention[] {
  const kept: Mention[] = [];
  const byLength = [...mentions].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.phrase.words - a.phrase.words ||
      a.phrase.rank - b.phrase.rank ||
      a.start - b.start,
  );
  for (const mention of byLength) {
    if (excluded(mention)) continue;
    if (kept.some((other) => mention.start < other.end && other.start < mention.end)) continue;
    kept.push(mention);
  }
  kept.sort((a, b) => a.phrase.rank - b.phrase.rank || a.start - b.start);
  const chosen: Mention[] = [];
  const targets = new Set<number>();
  const paragraphs = new Set<number>();
  for (const mention of kept) {
    if (chosen.length >= maxLinks) break;
    if (targets.has(mention.phrase.target) || paragraphs.has(mention.paragraph)) continue;
    targets.add(mention.phrase.target);
    paragraphs.add(mention.paragraph);
    chosen.push(mention);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function definitionLine(label: string, url: string): string {
  return `[${LINK_LABEL_PREFIX}${label}]: ${/[\s<>()]/u.test(url) ? `<${url}>` : url}`;
}

/** What finding an article's mentions needs of its site: no article objects. */
export interface MentionSite {
  /** The site's {@link phraseIndex}. */
  index: PhraseIndex;
  /** Each article's URL, by its place in the site's list. */
  urls: readonly string[];
  /** Each article's keyphrase, as {@link phraseKey} gives it. */
  keys: readonly string[];
}

/**
 * The mentions of other articles in a body (its own phrases, and those of an article at the
 * same URL, aside), with the end of its first sentence; undefined when it names none.
 */
function mentionsOf(
  body: string,
  self: number,
  site: Pick<MentionSite, "index"> & { url: (target: number) => string | undefined },
  ownKey: string | undefined,
): { mentions: Mention[]; introEnd: number } | undefined {
  const ownUrl = site.url(self);
  const linkable = (phrase: IndexedPhrase) =>
    phrase.target !== self && site.url(phrase.target) !== ownUrl && phrase.key !== ownKey;
  // A body that names no other article needs no layout (remark parsing, when not plain prose).
  if (!mentionsAny(body, site.index, linkable)) return undefined;
  const { runs, introEnd } = bodyLayout(body);
  return { mentions: mentionsIn(body, runs, site.index, linkable), introEnd };
}

const targetsOf = (mentions: readonly Mention[]) =>
  new Set(mentions.map((mention) => mention.phrase.target)).size;

/**
 * How many other articles the article `self` mentions: the `related` of {@link linkArticle},
 * for `check`, which keeps of a site only what this needs. `body` is the article's text
 * after its front-matter, as {@link bodyOf} finds it.
 */
export function relatedCount(body: string, self: number, site: MentionSite): number {
  const unlinked = stripOurLinks(body).body;
  const url = (target: number) => site.urls[target];
  const found = mentionsOf(unlinked, self, { index: site.index, url }, site.keys[self]);
  return found === undefined ? 0 : targetsOf(found.mentions);
}

/**
 * The article `self` of `articles` with its internal links made again (see the module's
 * comment). `index` is the site's {@link phraseIndex}.
 */
export function linkArticle(
  raw: string,
  self: number,
  articles: readonly SiteArticle[],
  index: PhraseIndex,
  settings: LinkSettings,
): LinkedArticle {
  // The site's index read the front-matter already: only the body's place is needed here.
  const split = bodyOf(raw);
  const prefix = raw.slice(0, raw.length - split.body.length);
  const { body, removed } = stripOurLinks(split.body);
  const article = articles[self];
  const ownKey = article ? phraseKey(article.keyphrase) : undefined;
  const url = (target: number) => articles[target]?.url;
  const found = mentionsOf(body, self, { index, url }, ownKey);
  if (found === undefined) {
    const text = removed > 0 ? prefix + body : raw;
    return { text, changed: text !== raw, added: [], removed, related: 0 };
  }
  const { mentions, introEnd } = found;
  const quotes = quotationSpans(body);
  const chosen = chooseMentions(
    mentions,
    (mention) =>
      mention.start < introEnd ||
      quotes.some(([start, end]) => mention.start < end && start < mention.end),
    settings.maxLinks,
  );
  const related = targetsOf(mentions);
  if (chosen.length === 0) {
    const text = removed > 0 ? prefix + body : raw;
    return { text, changed: text !== raw, added: [], removed, related };
  }
  let linked = body;
  for (const mention of [...chosen].reverse()) {
    const label = articles[mention.phrase.target]?.label ?? "";
    linked = `${linked.slice(0, mention.start)}[${linked.slice(mention.start, mention.end)}][${LINK_LABEL_PREFIX}${label}]${linked.slice(mention.end)}`;
  }
  const definitions = new Map<string, string>();
  for (const mention of chosen) {
    const target = articles[mention.phrase.target];
    if (target) definitions.set(target.label, definitionLine(target.label, target.url));
  }
  const lines = [...definitions.keys()].sort().map((label) => definitions.get(label));
  const text = `${prefix}${linked.trimEnd()}\n\n${lines.join("\n")}\n`;
  const added = chosen.map((mention) => {
    const target = articles[mention.phrase.target];
    return {
      text: body.slice(mention.start, mention.end),
      url: target?.url ?? "",
      target: target?.relative ?? "",
      line: split.bodyLineOffset + body.slice(0, mention.start).split("\n").length,
    };
  });
  return { text, changed: text !== raw, added, removed, related };
}
