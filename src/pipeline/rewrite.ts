import { frontMatter, KEYWORD_COUNT } from "../checks/front-matter.js";
import { checkContextFor } from "../checks/rule.js";
import { RULES, runChecks } from "../checks/rules.js";
import { promptTargets } from "../checks/thresholds.js";
import { normaliseAnswer, stripChatWrapper } from "../core/answer.js";
import { parseArticle } from "../core/article.js";
import { composeArticle, type Provenance, withSourceCited } from "../core/compose.js";
import { errorsOf, type Finding } from "../core/finding.js";
import type { FormatOptions, PublishFormat } from "../core/formats.js";
import { frenchDate } from "../core/french-dates.js";
import { languageNameInFrench } from "../core/language.js";
import {
  type ChatMessage,
  fenceArticle,
  metadataLine,
  type PromptTemplate,
  type PromptVariables,
  renderPrompt,
} from "../core/prompt.js";
import { countWords } from "../core/words.js";
import { type ChatClient, LlmError, type TokenUsage } from "../model/llm.js";
import {
  applyPatch,
  describeParts,
  describePlan,
  planPolish,
  planRepair,
  type RepairPlan,
} from "./patch.js";
import { referenceText } from "./reference-text.js";

/**
 * One article through the loop of DESIGN.md: prompt → model → parse → checks, and back
 * to the model with a repair message until every `error` check passes or the attempts
 * run out. No disk, no clock, no terminal: the model is injected, events are reported.
 */

export interface SourceForRewrite {
  /** How the user named the input (`stdin` for piped text); recorded as `source`. */
  name: string;
  /** The clean article text: what the model gets, and what fidelity is checked against. */
  text: string;
  hash: string;
  meta?: Provenance["sourceMeta"];
}

export interface RewriteSettings {
  model: string;
  /** Default: `700`. */
  minWords: number;
  /** Default: `fr`. */
  lang: string;
  keyword?: string;
  /** Model calls per article, repairs included. Default: `3`. */
  maxAttempts: number;
  temperature?: number;
  template: PromptTemplate;
  repairTemplate: PromptTemplate;
  /** The targeted-repair message (`kind: repair`); without it every repair is a full rewrite. */
  patchTemplate?: PromptTemplate;
  optionsHash: string;
  generator: string;
  /** `YYYY-MM-DD`, given by the caller so the core reads no clock. */
  date: string;
  originalityError: number;
  originalityWarning: number;
  /** Front-matter conventions of the site generator. Default: `plain`. */
  format?: PublishFormat;
  /** `--draft`, `--categories`, `--permalink-base`. */
  formatOptions?: FormatOptions;
  /** `--polish`: send the mendable warnings of a passing article back once. Default: off. */
  polish?: boolean;
  /** `--cite-source`: a last line « Source : [Site](url) » when the source's address is known. */
  citeSource?: boolean;
}

export interface AttemptRecord {
  attempt: number;
  finishReason: string;
  words?: number;
  /** Rule ids of the errors that sent this attempt back. */
  errors: string[];
  /** Why the answer could not be used at all (a refusal, an empty answer). */
  fatal?: string;
  usage?: TokenUsage;
  /** Set on a targeted repair or a polish: what it was asked to mend (a full rewrite has neither). */
  kind?: "patch" | "polish";
  mended?: string[];
  /** A patch answer that could not be spliced in: the next attempt is a full rewrite. */
  unspliced?: boolean;
  /** Harmless answer shapes mended in code, without a call (a fenced front-matter…). */
  normalised?: string[];
}

export interface RewriteEvents {
  onAttemptStart?(attempt: number, maxAttempts: number): void;
  onText?(text: string, attempt: number): void;
  onAttemptEnd?(record: AttemptRecord, findings: readonly Finding[]): void;
}

/** What `--polish` did to an article that passed: what it sent, and whether it was kept. */
export interface PolishOutcome {
  mended: string[];
  /** The polished article is kept only if every error check passes and fewer warnings. */
  kept: boolean;
  warnings: { before: number; after?: number };
  /** Why the unpolished article was kept. */
  why?: string;
}

export type RewriteResult =
  | {
      ok: true;
      markdown: string;
      /** Body words of the article kept. */
      words?: number;
      warnings: Finding[];
      attempts: AttemptRecord[];
      polish?: PolishOutcome;
    }
  | {
      ok: false;
      reason: string;
      /** The errors of the best attempt, when one was parsed. */
      findings: Finding[];
      attempts: AttemptRecord[];
      /** The best rejected article, for `--keep-rejected`. */
      best?: string;
    };

/** Longest metadata line the prompt shows, in characters: a real title or byline fits. */
const METADATA_MAX = { title: 200, author: 120, keywords: 300, date: 40 } as const;

/** Ask for ~30 % more than the minimum, rounded up to 50: models undershoot word counts. */
export function targetWords(minWords: number): number {
  return Math.ceil((minWords * 1.3) / 50) * 50;
}

export function promptVariables(
  source: SourceForRewrite,
  settings: RewriteSettings,
): PromptVariables {
  const target = targetWords(settings.minWords);
  return {
    language: languageNameInFrench(settings.lang),
    // French typography (non-breaking space before « : ; ! ? ») only for French articles.
    frenchTypography: settings.lang === "fr" ? "oui" : "",
    minWords: settings.minWords,
    targetWords: target,
    // Six sections plus an introduction and a conclusion of ~75 words each.
    sectionWords: Math.max(50, Math.round((target - 150) / 6 / 10) * 10),
    keywordsMin: KEYWORD_COUNT.min,
    keywordsMax: KEYWORD_COUNT.max - 2,
    keyword: settings.keyword ?? "",
    // Every number the warnings check, from the module the rules read: the brief states
    // targets as numbers ("une partie des intertitres" gave 6 answers in 6 the warning).
    ...promptTargets(target),
    // The input's own metadata is data from the input, like its text: one line each,
    // capped, delimiters defused, and placed inside the data block by the templates.
    sourceTitle: metadataLine(source.meta?.title, METADATA_MAX.title),
    sourceAuthor: metadataLine(source.meta?.author, METADATA_MAX.author),
    sourceKeywords: metadataLine(source.meta?.keywords?.join(", "), METADATA_MAX.keywords),
    sourceDate: metadataLine(frenchDate(source.meta?.date), METADATA_MAX.date),
    // A blank line between the metadata lines and the text, when there are any.
    sourceMeta:
      source.meta?.title ||
      source.meta?.author ||
      source.meta?.date ||
      source.meta?.keywords?.length
        ? "oui"
        : "",
    article: fenceArticle(source.text),
  };
}

export function buildMessages(source: SourceForRewrite, settings: RewriteSettings): ChatMessage[] {
  return renderPrompt(settings.template, promptVariables(source, settings));
}

const TRUNCATED: Finding = {
  rule: "truncated",
  severity: "error",
  message: "the answer was cut by the model's token limit (finish_reason: length)",
  repair:
    "Ta réponse a été coupée par la limite de longueur avant la fin. Renvoie l'article complet, du front-matter à la conclusion, en restant dans la longueur demandée.",
};

/** The repair turn: the failures, in French, as the user's next message. */
export function repairMessages(
  findings: readonly Finding[],
  attempt: number,
  settings: RewriteSettings,
): ChatMessage[] {
  const failures = errorsOf(findings)
    .map((finding) => `- ${finding.repair ?? finding.message}`)
    .join("\n");
  return renderPrompt(settings.repairTemplate, {
    attempt,
    maxAttempts: settings.maxAttempts,
    failures,
    minWords: settings.minWords,
  });
}

export function provenanceOf(source: SourceForRewrite, settings: RewriteSettings): Provenance {
  const provenance: Provenance = {
    source: source.name,
    sourceHash: source.hash,
    promptHash: settings.template.hash,
    optionsHash: settings.optionsHash,
    model: settings.model,
    generator: settings.generator,
    date: settings.date,
  };
  if (source.meta) provenance.sourceMeta = source.meta;
  return provenance;
}

/**
 * Models often refuse in plain text rather than through the API's refusal field: a short
 * answer with no article shape that opens like an apology. Sending it back would only pay
 * for the same refusal again.
 */
const REFUSAL =
  /^\s*(?:je suis (?:désolée?|navrée?)|désolée?,|je ne (?:peux|suis pas en mesure)|il m['’]est impossible|i['’]m sorry|i am sorry|i can(?:not|['’]t)|as an ai|en tant qu['’](?:ia|intelligence artificielle|assistant))/iu;

function refusalIn(content: string): string | undefined {
  const text = content.trim();
  if (/^---\s*$/mu.test(text) || /^#{1,3} /mu.test(text) || countWords(text) > 150)
    return undefined;
  if (!REFUSAL.test(text)) return undefined;
  const line = text.split("\n")[0] ?? text;
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

/** What one model answer is worth: a clear failure, or the composed article and its findings. */
export type AnswerVerdict =
  | { kind: "fatal"; reason: string }
  | {
      kind: "judged";
      markdown: string;
      words?: number;
      findings: Finding[];
      /** Harmless answer shapes mended in code before the checks (see normaliseAnswer). */
      normalised?: string[];
    };

/**
 * Judge one answer exactly as every mode must: a refusal or an empty answer is fatal; a
 * truncated one is never taken as finished; otherwise strip the wrapper, compose the
 * article (slug and counts in code) and run the rules on what would be written.
 */
export function judgeAnswer(
  answer: { content: string; finishReason: string; refusal?: string },
  source: SourceForRewrite,
  settings: RewriteSettings,
): AnswerVerdict {
  if (answer.refusal) {
    return { kind: "fatal", reason: `the model refused: ${answer.refusal.trim().slice(0, 200)}` };
  }
  if (answer.content.trim() === "") {
    return {
      kind: "fatal",
      reason: `the model sent an empty answer (finish_reason: ${answer.finishReason}): check --model, or try again`,
    };
  }
  if (answer.finishReason === "length")
    return { kind: "judged", markdown: "", findings: [TRUNCATED] };
  const refusal = refusalIn(answer.content);
  if (refusal !== undefined) return { kind: "fatal", reason: `the model refused: ${refusal}` };
  const { text, mended } = normaliseAnswer(answer.content);
  const parsed = parseArticle(text);
  const composed = composeArticle(
    parsed,
    provenanceOf(source, settings),
    settings.lang,
    settings.format,
    settings.formatOptions,
  );
  const cited = settings.citeSource === true ? source.meta?.url : undefined;
  const markdown = cited === undefined ? composed : withSourceCited(composed, source.meta);
  const written = parseArticle(markdown);
  const context = checkContextFor(settings, referenceText(source));
  // The address we cite is ours to add: fidelity must not take it for an invented link.
  if (cited !== undefined) context.suppliedUrls = new Set([cited]);
  let findings = runChecks(written, context, RULES);
  if (parsed.frontMatterError !== undefined) {
    // Our front-matter replaced the model's: say why its fields are missing (unreadable
    // YAML, an alias, over the cap), not just that they are.
    findings = [
      ...frontMatter.check(parsed, context),
      ...findings.filter((finding) => finding.rule !== "front-matter"),
    ];
  }
  return {
    kind: "judged",
    markdown,
    words: written.words,
    findings,
    ...(mended.length > 0 ? { normalised: mended } : {}),
  };
}

/** A targeted repair in progress: the plan, and the article its parts are spliced into. */
interface PendingPatch {
  plan: Extract<RepairPlan, { kind: "patch" }>;
  base: string;
  findings: readonly Finding[];
}

/**
 * The conversation for a patch: the brief (not the earlier rounds: the article as it
 * stands holds them), the article, the parts to mend.
 */
function patchMessages(
  brief: readonly ChatMessage[],
  settings: RewriteSettings,
  patch: Pick<PendingPatch, "plan" | "base">,
  attempt: number,
): ChatMessage[] {
  const template = settings.patchTemplate;
  if (template === undefined) throw new Error("patchMessages needs settings.patchTemplate");
  const count = patch.plan.parts.length;
  return [
    ...brief,
    { role: "assistant", content: patch.base },
    ...renderPrompt(template, {
      attempt,
      maxAttempts: settings.maxAttempts,
      parts: describeParts(patch.plan.parts),
      count: count === 1 ? "la partie" : `les ${count} parties`,
    }),
  ];
}

/** An answer that holds a whole article: front-matter and at least three `##` sections. */
function isWholeArticle(content: string): boolean {
  const text = stripChatWrapper(content);
  return /^---[ \t]*\r?\n/u.test(text) && (text.match(/^##\s+\S/gmu)?.length ?? 0) >= 3;
}

/** A patch when every failure is local and a template for it is set; else none. */
function patchFor(
  verdict: Extract<AnswerVerdict, { kind: "judged" }>,
  settings: RewriteSettings,
): PendingPatch | undefined {
  if (settings.patchTemplate === undefined || verdict.markdown === "") return undefined;
  const plan = planRepair(verdict.markdown, verdict.findings, {
    minWords: settings.minWords,
    words: verdict.words ?? 0,
  });
  if (plan.kind !== "patch") return undefined;
  return { plan, base: verdict.markdown, findings: verdict.findings };
}

function requestParams(settings: RewriteSettings) {
  return {
    model: settings.model,
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
  };
}

export async function rewriteArticle(
  source: SourceForRewrite,
  settings: RewriteSettings,
  chat: ChatClient,
  events: RewriteEvents = {},
  signal?: AbortSignal,
): Promise<RewriteResult> {
  const brief = buildMessages(source, settings);
  const messages = [...brief];
  const attempts: AttemptRecord[] = [];
  let best: { markdown: string; errors: Finding[] } | undefined;
  let patch: PendingPatch | undefined;

  for (let attempt = 1; attempt <= settings.maxAttempts; attempt += 1) {
    events.onAttemptStart?.(attempt, settings.maxAttempts);
    let answer: Awaited<ReturnType<ChatClient["complete"]>>;
    try {
      const request = patch ? patchMessages(brief, settings, patch, attempt) : messages;
      answer = await chat.complete(request, requestParams(settings), {
        onText: (text) => events.onText?.(text, attempt),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      const reason =
        error instanceof LlmError ? error.message : `unexpected error: ${String(error)}`;
      return failure(reason, best, attempts);
    }
    const record: AttemptRecord = { attempt, finishReason: answer.finishReason, errors: [] };
    if (answer.usage) record.usage = answer.usage;
    attempts.push(record);

    let judged = answer;
    if (patch) {
      record.kind = "patch";
      record.mended = describePlan(patch.plan);
      // A model that answers a patch request with the whole article has given an answer:
      // it is judged whole, like any other.
      const whole = isWholeArticle(answer.content);
      const spliced =
        answer.finishReason === "length" || answer.refusal
          ? undefined
          : whole
            ? answer.content
            : applyPatch(patch.base, patch.plan, answer.content);
      if (spliced === undefined) {
        // The parts could not be put back: fall back to a full rewrite, this call counted.
        record.unspliced = true;
        events.onAttemptEnd?.(record, []);
        if (attempt < settings.maxAttempts) {
          messages.push({ role: "assistant", content: patch.base });
          messages.push(...repairMessages(patch.findings, attempt + 1, settings));
        }
        patch = undefined;
        continue;
      }
      judged = { ...answer, content: spliced };
    }
    const verdict = judgeAnswer(judged, source, settings);
    if (verdict.kind === "fatal") {
      record.fatal = verdict.reason;
      events.onAttemptEnd?.(record, []);
      return failure(verdict.reason, best, attempts);
    }
    const { markdown, findings } = verdict;
    if (verdict.words !== undefined) record.words = verdict.words;
    if (verdict.normalised) record.normalised = verdict.normalised;
    const errors = errorsOf(findings);
    record.errors = [...new Set(errors.map((finding) => finding.rule))];
    events.onAttemptEnd?.(record, findings);
    if (errors.length === 0) {
      const passed: Passed = {
        ok: true,
        markdown,
        ...(verdict.words !== undefined ? { words: verdict.words } : {}),
        warnings: findings,
        attempts,
      };
      if (!settings.polish || attempt >= settings.maxAttempts) return passed;
      return polishArticle(passed, { source, settings, chat, brief, attempt, events, signal });
    }
    if (markdown !== "" && (best === undefined || errors.length <= best.errors.length)) {
      best = { markdown, errors };
    }
    if (attempt < settings.maxAttempts) {
      patch = patchFor(verdict, settings);
      if (patch === undefined) {
        messages.push({
          role: "assistant",
          content: record.kind === "patch" ? markdown : answer.content,
        });
        messages.push(...repairMessages(findings, attempt + 1, settings));
      }
    }
  }
  const last = attempts[attempts.length - 1];
  const reason =
    last?.finishReason === "length"
      ? `every answer was cut by the token limit; ${settings.maxAttempts} attempts used`
      : `checks still failing after ${settings.maxAttempts} attempt(s)`;
  return failure(reason, best, attempts);
}

type Passed = Extract<RewriteResult, { ok: true }>;

/** What a polish needs of the loop that produced the passing article. */
interface PolishRun {
  source: SourceForRewrite;
  settings: RewriteSettings;
  chat: ChatClient;
  brief: readonly ChatMessage[];
  /** The attempt that passed: the polish is the next one. */
  attempt: number;
  events: RewriteEvents;
  signal: AbortSignal | undefined;
}

/**
 * `--polish`: the warnings of a passing article that a targeted repair can mend go back
 * once, as a patch. The polished article is kept only if every error check still passes
 * and it has fewer warnings; otherwise the article that passed is kept, the call counted.
 */
async function polishArticle(passed: Passed, run: PolishRun): Promise<RewriteResult> {
  const { settings, events } = run;
  const plan = planPolish(passed.markdown, passed.warnings);
  if (plan === undefined || settings.patchTemplate === undefined) return passed;
  const mended = describePlan(plan);
  const before = passed.warnings.length;
  const unpolished = (why: string, after?: number): Passed => ({
    ...passed,
    polish: {
      mended,
      kept: false,
      warnings: { before, ...(after !== undefined ? { after } : {}) },
      why,
    },
  });
  const attempt = run.attempt + 1;
  events.onAttemptStart?.(attempt, settings.maxAttempts);
  let answer: Awaited<ReturnType<ChatClient["complete"]>>;
  try {
    const request = patchMessages(run.brief, settings, { plan, base: passed.markdown }, attempt);
    answer = await run.chat.complete(request, requestParams(settings), {
      onText: (text) => events.onText?.(text, attempt),
      ...(run.signal ? { signal: run.signal } : {}),
    });
  } catch (error) {
    return unpolished(
      error instanceof LlmError ? error.message : `unexpected error: ${String(error)}`,
    );
  }
  const record: AttemptRecord = {
    attempt,
    finishReason: answer.finishReason,
    errors: [],
    kind: "polish",
    mended,
  };
  if (answer.usage) record.usage = answer.usage;
  passed.attempts.push(record);
  const spliced =
    answer.finishReason === "length" || answer.refusal
      ? undefined
      : isWholeArticle(answer.content)
        ? answer.content
        : applyPatch(passed.markdown, plan, answer.content);
  if (spliced === undefined) {
    record.unspliced = true;
    events.onAttemptEnd?.(record, []);
    return unpolished("the answer could not be put in place");
  }
  const verdict = judgeAnswer({ ...answer, content: spliced }, run.source, settings);
  if (verdict.kind === "fatal") {
    record.fatal = verdict.reason;
    events.onAttemptEnd?.(record, []);
    return unpolished(verdict.reason);
  }
  if (verdict.words !== undefined) record.words = verdict.words;
  record.errors = [...new Set(errorsOf(verdict.findings).map((finding) => finding.rule))];
  events.onAttemptEnd?.(record, verdict.findings);
  const after = verdict.findings.length;
  if (record.errors.length > 0) return unpolished(`it failed ${record.errors.join(", ")}`, after);
  if (after >= before) return unpolished(`no fewer warnings (${before} → ${after})`, after);
  return {
    ...passed,
    markdown: verdict.markdown,
    ...(verdict.words !== undefined ? { words: verdict.words } : {}),
    warnings: verdict.findings,
    polish: { mended, kept: true, warnings: { before, after } },
  };
}

function failure(
  reason: string,
  best: { markdown: string; errors: Finding[] } | undefined,
  attempts: AttemptRecord[],
): RewriteResult {
  const result: RewriteResult = { ok: false, reason, findings: best?.errors ?? [], attempts };
  if (best) result.best = best.markdown;
  return result;
}
