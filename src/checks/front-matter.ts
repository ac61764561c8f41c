import { z } from "zod";
import type { Finding } from "../core/finding.js";
import { SLUG_PATTERN } from "../core/slug.js";
import { frontMatterLine } from "./locate.js";
import type { CheckContext, Rule } from "./rule.js";
import { DESCRIPTION_LENGTH } from "./thresholds.js";

/** Longest title: Google cuts titles near 600 px, about 65 characters (DESIGN.md). */
export const MAX_TITLE_LENGTH = 65;
/** Meta description band: Yoast's green band (thresholds.ts), an error here (DESIGN.md). */
export { DESCRIPTION_LENGTH };
export const KEYWORD_COUNT = { min: 3, max: 10 } as const;

// Building a zod schema costs more than using it: build one per language, once.
const SCHEMAS = new Map<string, ReturnType<typeof buildSchema>>();

function frontMatterSchema(lang: string) {
  let schema = SCHEMAS.get(lang);
  if (!schema) {
    schema = buildSchema(lang);
    SCHEMAS.set(lang, schema);
  }
  return schema;
}

/**
 * A title, a description or a keyword is one line: a line break (or a `---`) in it would be
 * written across lines of a generator's front-matter, or close it early.
 */
const ONE_LINE = /[\r\n\u0085\u2028\u2029]|---/u;
const ONE_LINE_MESSAGE = "holds a line break or '---': write it on one line";
const KEYWORD_ONE_LINE_MESSAGE = "has a keyword with a line break or '---': write each on one line";

function buildSchema(lang: string) {
  return z.object({
    title: z
      .string({ error: "missing: give the article a title" })
      .refine((value) => !ONE_LINE.test(value.trim()), ONE_LINE_MESSAGE)
      .trim()
      .min(1, "is empty")
      .max(MAX_TITLE_LENGTH, `is longer than ${MAX_TITLE_LENGTH} characters: shorten it`),
    description: z
      .string({ error: "missing: write a meta description" })
      .refine((value) => !ONE_LINE.test(value.trim()), ONE_LINE_MESSAGE)
      .trim()
      .min(
        DESCRIPTION_LENGTH.min,
        `is shorter than ${DESCRIPTION_LENGTH.min} characters: develop it`,
      )
      .max(
        DESCRIPTION_LENGTH.max,
        `is longer than ${DESCRIPTION_LENGTH.max} characters: shorten it`,
      ),
    slug: z
      .string({ error: "missing" })
      .regex(SLUG_PATTERN, "must be lowercase ASCII words joined by '-'"),
    keywords: z
      .array(
        z
          .string()
          .refine((value) => !ONE_LINE.test(value.trim()), KEYWORD_ONE_LINE_MESSAGE)
          .trim()
          .min(1, "holds an empty keyword"),
        {
          error: (issue) =>
            issue.input === undefined || issue.input === null
              ? "missing: list 3 to 10 keywords"
              : `must be a YAML list ("- keyword" lines, or [a, b, c]), not a ${typeof issue.input}`,
        },
      )
      .min(KEYWORD_COUNT.min, `needs at least ${KEYWORD_COUNT.min} keywords`)
      .max(KEYWORD_COUNT.max, `allows at most ${KEYWORD_COUNT.max} keywords`),
    lang: z.literal(lang, {
      error: (issue) =>
        issue.input === undefined ? `missing: add lang: "${lang}"` : `must be "${lang}"`,
    }),
  });
}

const REPAIR_BY_FIELD: Readonly<Record<string, (context: CheckContext) => string>> = {
  title: () =>
    `Le titre (champ title du front-matter) doit faire au plus ${MAX_TITLE_LENGTH - 5} caractères, espaces comprises, et contenir l'expression clé.`,
  description: () =>
    `La méta-description (champ description) doit faire entre ${DESCRIPTION_LENGTH.min + 20} et ${DESCRIPTION_LENGTH.max - 1} caractères, espaces comprises : une phrase complète qui donne envie de lire.`,
  keywords: () =>
    `Le champ keywords du front-matter doit être une liste YAML de ${KEYWORD_COUNT.min} à ${KEYWORD_COUNT.max - 2} expressions clés.`,
};

/** What the field holds, when that helps: a length for the texts, the value for lang. */
function shownValue(field: string, value: unknown): string {
  if ((field === "title" || field === "description") && typeof value === "string") {
    return ` (${value.trim().length} characters)`;
  }
  return field === "lang" && value !== undefined ? ` ${JSON.stringify(value)}` : "";
}

export const frontMatter: Rule = {
  id: "front-matter",
  description: "title, description, slug, keywords and lang are present and well formed.",
  check(article, context) {
    if (article.frontMatterError !== undefined) {
      return [
        {
          rule: "front-matter",
          severity: "error",
          message: `the front-matter is not valid YAML: ${article.frontMatterError}`,
          line: 1,
          repair:
            "Le front-matter YAML est invalide : commence la réponse par un bloc --- … --- en YAML valide (chaînes entre guillemets si elles contiennent « : »).",
        },
      ];
    }
    if (!article.hasFrontMatter) {
      return [
        {
          rule: "front-matter",
          severity: "error",
          message:
            "no front-matter: start the file with a --- YAML block (title, description, keywords…)",
          line: 1,
          repair:
            "La réponse doit commencer par un front-matter YAML entre deux lignes --- avec title, description et keywords.",
        },
      ];
    }
    const result = frontMatterSchema(context.lang).safeParse(article.frontMatter);
    if (result.success) return [];
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "front-matter");
      if (seen.has(field)) continue;
      seen.add(field);
      const finding: Finding = {
        rule: "front-matter",
        severity: "error",
        message: `${field}${shownValue(field, article.frontMatter[field])} ${issue.message}`,
        line: frontMatterLine(article, field),
      };
      const repair = REPAIR_BY_FIELD[field];
      if (issue.message === ONE_LINE_MESSAGE || issue.message === KEYWORD_ONE_LINE_MESSAGE) {
        finding.repair = `Écris le champ ${field} du front-matter sur une seule ligne, sans retour à la ligne ni « --- ».`;
      } else if (repair) finding.repair = repair(context);
      findings.push(finding);
    }
    return findings;
  },
};
