/**
 * The API key never reaches stdout, stderr, a file or a report — not even inside an
 * error text a server echoes back ("Incorrect API key provided: sk-proj-abc…").
 */
// @ts-nocheck

export const REDACTED = "[redacted]";

/** Shortest fragment of a key that we still treat as the key when a server echoes it partly. */
const MIN_FRAGMENT = 8;

export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text;
  for (const secret of secrets) {
    if (!secret || secret.length < 4) continue;
    result = result.split(secret).join(REDACTED);
    // Servers often echo a key cut or masked in the middle: hide any long run of it.
    if (secret.length >= MIN_FRAGMENT * 2) {
      const head = secret.slice(0, MIN_FRAGMENT);
      const tail = secret.slice(-MIN_FRAGMENT);
      result = result.split(head).join(REDACTED).split(tail).join(REDACTED);
    }
  }
  return result;
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
