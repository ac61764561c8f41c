/**
 * A name (a file, a folder, a flag's value) fit to stand inside a one-line message. Every
 * message is one line on stderr, naming its input: a file name holding a newline, a
 * carriage return or an escape sequence would split the line, rewrite the terminal, or pass
 * for another message. Control characters (C0, DEL, C1), the Unicode line and paragraph
 * separators and the bidirectional overrides (which can make `txt.exe` read `exe.txt`) are
 * written as escapes (`\n`, `\t`, `\u{202e}`); everything else is kept as it is.
 */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function printable(name: string): string {
  return name.replace(
    UNPRINTABLE,
    (character) =>
      NAMED[character] ?? `\\u{${(character.codePointAt(0) ?? 0).toString(16).padStart(2, "0")}}`,
  );
}
