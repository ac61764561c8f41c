/**
 * The API key never reaches stdout, stderr, a file or a report — not even inside an
 * error text a server echoes back ("Incorrect API key provided: sk-proj-abc…").
 */
export const REDACTED = "[redacted]";

/** Shortest fragment of a key that we still treat as the key when a server echoes it partly. */
const MIN_FRAGMENT = 8;

/**
 * Shorter than this, a key may well be a word ("Microsoft", a gateway's token): the
 * start-up warns (`shortKeyWarning`), and only the whole token is hidden anyway.
 */
export const SHORT_KEY_LENGTH = 16;

/** What a key is made of: next to one of these, the key is part of a longer token. */
const KEY_CHARACTER = "[\\p{L}\\p{N}_-]";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * The key hidden wherever it stands as a whole token, not inside a longer word: a gateway
 * token that is a common word ("Microsoft") hid words of the article holding it (issue 15).
 * A long key (at least {@link SHORT_KEY_LENGTH} characters) is random: any long run of it
 * is hidden too, wherever it is, as servers echo keys cut or masked in the middle.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    const whole = new RegExp(
      `(?<!${KEY_CHARACTER})${escapeRegExp(secret)}(?!${KEY_CHARACTER})`,
      "gu",
    );
    result = result.replace(whole, REDACTED);
    // Servers often echo a key cut or masked in the middle: hide any long run of it.
    if (secret.length >= SHORT_KEY_LENGTH) {
      const head = secret.slice(0, MIN_FRAGMENT);
      const tail = secret.slice(-MIN_FRAGMENT);
      result = result.split(head).join(REDACTED).split(tail).join(REDACTED);
    }
  }
  return result;
}

/** Does `secret` stand as a whole token in `text`? */
function standsIn(text: string, secret: string): boolean {
  return new RegExp(`(?<!${KEY_CHARACTER})${escapeRegExp(secret)}(?!${KEY_CHARACTER})`, "u").test(
    text,
  );
}

/**
 * The secrets to hide from a model's answer to `sent`. The model never sees the key (it
 * travels in a header): a short key that is a word of the text it was sent (a gateway
 * token "Microsoft", in an article about Microsoft) comes back as the article's word, not
 * as a leak, and hiding it would cut that word out of the article and fail its checks.
 * A long key is random: hidden whatever was sent.
 */
export function secretsForAnswer(secrets: readonly string[], sent: readonly string[]): string[] {
  return secrets.filter(
    (secret) => secret.length >= SHORT_KEY_LENGTH || !sent.some((text) => standsIn(text, secret)),
  );
}

/**
 * A URL fit to print or record: no user, no password, and query values hidden. Azure-style
 * gateways take the key as `?api-key=…`, and a base URL is shown in messages, the dry run,
 * `seo-rewrite config` and the Batch API's state file.
 */
export function displayUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const query = [...parsed.searchParams.keys()].map((key) => `${key}=${REDACTED}`).join("&");
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ""}`;
}
