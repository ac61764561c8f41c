/**
 * The numbers the warnings hold an article to, in one place: the rules read them, and so
 * does the brief sent to the model (`promptTargets`), so that prompt and checks cannot
 * drift apart. Each is the threshold Yoast SEO publishes for French, with its page; the
 * verdict we copy is Yoast's green bullet (a warning wherever Yoast is orange or red).
 */

const YOAST = "https://yoast.com";

/** ≤ 10 % of sentences in the passive is green; 10–15 % orange; above red. */
export const PASSIVE_VOICE = {
  maxShare: 0.1,
  source: `${YOAST}/the-passive-voice-what-is-it-and-how-to-avoid-it/`,
} as const;

/** ≥ 30 % of sentences holding a transition word, in a text over 200 words. */
export const TRANSITION_WORDS = {
  minShare: 0.3,
  minWords: 200,
  source: `${YOAST}/transition-words-why-and-how-to-use-them/`,
} as const;

/** A sentence is long over 20 words (French, like the default); ≤ 25 % of long ones is green. */
export const SENTENCE_LENGTH = {
  maxWords: 20,
  maxLongShare: 0.25,
  source: `${YOAST}/the-sentence-length-check/`,
} as const;

/** Over 150 words a paragraph is orange (over 200 red). */
export const PARAGRAPH_LENGTH = {
  maxWords: 150,
  source: `${YOAST}/paragraph-length-check/`,
} as const;

/** Over 300 words of text under one subheading (or before the first) is orange. */
export const SECTION_LENGTH = {
  maxWords: 300,
  source: `${YOAST}/how-to-use-headings-on-your-site/`,
} as const;

/** 3 or more consecutive sentences opening with the same word is red. */
export const SENTENCE_OPENINGS = {
  maxSame: 2,
  source: `${YOAST}/consecutive-sentences-check-yoast-seo/`,
} as const;

/**
 * Keyphrase density 0.5–3.5 % is green, the density weighted by the keyphrase's length
 * (occurrences / words × (0.7 + content words / 3)). 3.5 % is Yoast's bound when word forms
 * count (plural, feminine, elision), as they do here; without them it is 3 %.
 */
export const KEYPHRASE_DENSITY = {
  min: 0.005,
  max: 0.035,
  source: `${YOAST}/what-is-keyphrase-density-and-why-is-it-important/`,
} as const;

/** Yoast's weight of a keyphrase in its density: 0.7 + its content words / 3. */
export function keyphraseLengthFactor(contentWords: number): number {
  return 0.7 + contentWords / 3;
}

/** 30–75 % of H2/H3 subheadings reflecting the keyphrase (or the only one doing so) is green. */
export const KEYPHRASE_SUBHEADINGS = {
  min: 0.3,
  max: 0.75,
  /** Without any subheading, a text up to this length needs none. */
  shortTextWords: 300,
  source: `${YOAST}/wordpress/plugins/seo/keyphrase-in-subheading-check/`,
} as const;

/** The exact keyphrase at the start of the SEO title is green; elsewhere orange; absent red. */
export const KEYPHRASE_TITLE = {
  source: `${YOAST}/page-titles-seo/`,
} as const;

/** Every content word of the keyphrase within one sentence of the first paragraph is green. */
export const KEYPHRASE_INTRODUCTION = {
  source: `${YOAST}/focus-keyphrase-in-introduction/`,
} as const;

/** The keyphrase in the meta description once or twice is green; never or more often red. */
export const KEYPHRASE_DESCRIPTION = {
  min: 1,
  max: 2,
  source: `${YOAST}/meta-descriptions/`,
} as const;

/** A meta description of 120–156 characters is green; shorter or longer orange; none red. */
export const DESCRIPTION_LENGTH = {
  min: 120,
  max: 156,
  source: `${YOAST}/meta-descriptions/`,
} as const;

/** Yoast measures the SEO title in pixels (600 px); about 60 characters of French text. */
export const TITLE_LENGTH = {
  max: 60,
  source: `${YOAST}/page-titles-seo/`,
} as const;

/** Yoast's Flesch reading ease for French is Kandel & Moles's; below 50 is hard to read. */
export const READING_EASE = {
  min: 50,
  source: `${YOAST}/flesch-reading-ease-score/`,
} as const;

/** A warning rule as `--help` and the README list it: id, threshold, where the number comes from. */
export interface WarningRuleEntry {
  id: string;
  threshold: string;
  source: string;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

/** Every Yoast-based warning, in report order (test/checks/rules.test.ts holds it to RULES). */
export const YOAST_WARNINGS: readonly WarningRuleEntry[] = [
  {
    id: "section-length",
    threshold: `over ${SECTION_LENGTH.maxWords} words under one subheading`,
    source: SECTION_LENGTH.source,
  },
  {
    id: "paragraph-length",
    threshold: `a paragraph over ${PARAGRAPH_LENGTH.maxWords} words`,
    source: PARAGRAPH_LENGTH.source,
  },
  {
    id: "sentence-length",
    threshold: `over ${percent(SENTENCE_LENGTH.maxLongShare)} of sentences over ${SENTENCE_LENGTH.maxWords} words`,
    source: SENTENCE_LENGTH.source,
  },
  {
    id: "passive-voice",
    threshold: `over ${percent(PASSIVE_VOICE.maxShare)} of sentences in the passive`,
    source: PASSIVE_VOICE.source,
  },
  {
    id: "transition-words",
    threshold: `under ${percent(TRANSITION_WORDS.minShare)} of sentences with a transition word (texts over ${TRANSITION_WORDS.minWords} words)`,
    source: TRANSITION_WORDS.source,
  },
  {
    id: "sentence-openings",
    threshold: `${SENTENCE_OPENINGS.maxSame + 1} or more consecutive sentences opening alike`,
    source: SENTENCE_OPENINGS.source,
  },
  {
    id: "reading-ease",
    threshold: `Kandel & Moles reading ease under ${READING_EASE.min}`,
    source: READING_EASE.source,
  },
  {
    id: "keyphrase-density",
    threshold: `keyphrase used once, or its density (uses / words × (0.7 + its content words / 3)) outside ${percent(KEYPHRASE_DENSITY.min)}–${percent(KEYPHRASE_DENSITY.max)}`,
    source: KEYPHRASE_DENSITY.source,
  },
  {
    id: "keyphrase-subheadings",
    threshold: `keyphrase in fewer than ${percent(KEYPHRASE_SUBHEADINGS.min)} or more than ${percent(KEYPHRASE_SUBHEADINGS.max)} of H2/H3`,
    source: KEYPHRASE_SUBHEADINGS.source,
  },
  {
    id: "keyphrase-title",
    threshold: "keyphrase missing from the title, or not at its start",
    source: KEYPHRASE_TITLE.source,
  },
  {
    id: "keyphrase-introduction",
    threshold: "keyphrase not within one sentence of the first paragraph",
    source: KEYPHRASE_INTRODUCTION.source,
  },
  {
    id: "keyphrase-description",
    threshold: `keyphrase in the description fewer than ${KEYPHRASE_DESCRIPTION.min} or more than ${KEYPHRASE_DESCRIPTION.max} times`,
    source: KEYPHRASE_DESCRIPTION.source,
  },
  {
    id: "description-length",
    threshold: `description missing, under ${DESCRIPTION_LENGTH.min} or over ${DESCRIPTION_LENGTH.max} characters`,
    source: DESCRIPTION_LENGTH.source,
  },
  {
    id: "title-length",
    threshold: `title over ${TITLE_LENGTH.max} characters`,
    source: TITLE_LENGTH.source,
  },
];

/** "0,5" for 0.5: the brief is French. */
function frenchNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace(".", ",");
}

/**
 * The targets the article brief states, as numbers, from the thresholds above. Each sits
 * a little inside its band (a model aims at the number it is given and lands around it),
 * so that a first answer is green. `targetWords` is the length the brief asks for.
 */
export function promptTargets(targetWords: number): Record<string, number | string> {
  return {
    titleMax: TITLE_LENGTH.max,
    descriptionMin: DESCRIPTION_LENGTH.min + 20,
    descriptionMax: DESCRIPTION_LENGTH.max - 1,
    keyphraseDescriptionMax: KEYPHRASE_DESCRIPTION.max - 1,
    keyphraseHeadingsMin: Math.round(KEYPHRASE_SUBHEADINGS.min * 100),
    keyphraseHeadingsMax: Math.round(KEYPHRASE_SUBHEADINGS.max * 100),
    keyphraseDensityMin: frenchNumber(KEYPHRASE_DENSITY.min * 100),
    keyphraseDensityMax: frenchNumber(KEYPHRASE_DENSITY.max * 100),
    // Uses of a 3-word keyphrase well inside the density band at the target length.
    keyphraseUsesMin:
      Math.ceil((targetWords * KEYPHRASE_DENSITY.min) / keyphraseLengthFactor(3)) + 1,
    keyphraseUsesMax: Math.floor(
      (targetWords * KEYPHRASE_DENSITY.max) / keyphraseLengthFactor(3) / 1.5,
    ),
    // Half the allowed passive share: a model that "limits" the passive still writes some.
    passiveMax: Math.round(PASSIVE_VOICE.maxShare * 100),
    passiveTarget: Math.round((PASSIVE_VOICE.maxShare * 100) / 2),
    transitionMin: Math.round(TRANSITION_WORDS.minShare * 100),
    transitionTarget: Math.round(TRANSITION_WORDS.minShare * 100) + 10,
    sentenceWordsMax: SENTENCE_LENGTH.maxWords,
    longSentencesMax: Math.round(SENTENCE_LENGTH.maxLongShare * 100),
    longSentencesTarget: Math.round(SENTENCE_LENGTH.maxLongShare * 100) - 10,
    paragraphWordsMax: Math.round(PARAGRAPH_LENGTH.maxWords * 0.8),
    sectionWordsMax: Math.round(SECTION_LENGTH.maxWords * 0.8),
    sameOpeningsMax: SENTENCE_OPENINGS.maxSame,
  };
}
