/**
 * Bytes → text. French writers hand us UTF-8 (with or without BOM), UTF-16 from Word's
 * "Unicode text", legacy Windows-1252 exports, and UTF-8 that was already mangled once
 * ("Ã©" for "é"). Binary files (PDF, images, Word archives) are refused with what to do.
 * Pure: no I/O.
 */
// @ts-nocheck


/** How the bytes were read. */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  /** The text, BOM removed, Unicode NFC (macOS tools write "é" as "e" + U+0301). */
  text: string;
  encoding: TextEncodingName;
  /** One line each: the legacy encoding assumed, mojibake repaired or left. */
  warnings: string[];
}

export interface DecodeFailure {
  /** What the file is and what to do, e.g. "is a PDF file, not text: …". */
  error: string;
}

/**
 * Windows-1252 bytes 0x80–0x9F. Node's `TextDecoder("windows-1252")` decodes them as
 * Latin-1 control characters (nodejs/node#56542: 0x92 gives U+0092, not "’"), so we map
 * them ourselves. The five bytes the code page leaves undefined map to the same C1
 * control, as the WHATWG Encoding Standard does.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
] as const;

/** Character → Windows-1252 byte, for the 0x80–0xFF half (to undo mojibake). */
const CP1252_BYTE = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte += 1) {
  const code = byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte;
  CP1252_BYTE.set(String.fromCodePoint(code), byte);
  // Text that went through a Latin-1 (not Windows-1252) decoder holds the C1 controls instead.
  if (code !== byte) CP1252_BYTE.set(String.fromCodePoint(byte), byte);
}

/** Decode bytes as Windows-1252, per the WHATWG table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

interface Signature {
  bytes: readonly number[];
  what: string;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Formats people save articles in that are not text. */
const BINARY_SIGNATURES: readonly Signature[] = [
  { bytes: ascii("%PDF"), what: "a PDF file" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: ascii("GIF8"), what: "a GIF image" },
  { bytes: ascii("RIFF"), what: "a RIFF file (WebP image or audio)" },
  // .docx, .odt, .epub and .pages are ZIP archives.
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (a .docx/.odt document is one)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Word/Office document (.doc)" },
  { bytes: [0x1f, 0x8b], what: "a gzip archive" },
  { bytes: ascii("{\\rtf"), what: "an RTF document" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "a program (ELF)" },
];

const CONVERT_HINT = "convert it to plain text (.txt, .md or .html) first";

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * UTF-16 without BOM: French text is mostly ASCII, so one byte of each pair is NUL.
 * Returns the byte order, or undefined when the sample does not look like UTF-16.
 */
function sniffUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] !== 0) continue;
    if (index % 2 === 0) evenNul += 1;
    else oddNul += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** Control bytes that no text file holds (tab, LF, FF, CR and ESC aside). */
function controlShare(sample: Uint8Array): number {
  let controls = 0;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) {
      if (byte !== 0x1b) controls += 1;
    }
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

const SAMPLE_BYTES = 8192;

function decodeStrict(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Read bytes as text. Order: BOMs (UTF-8, UTF-16 LE/BE); binary signatures and NUL bytes
 * (refused); UTF-16 without BOM; valid UTF-8; otherwise Windows-1252 with a warning.
 * Mojibake is then repaired (see {@link repairMojibake}) and the text put in NFC.
 */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
  const warnings: string[] = [];
  let text: string | undefined;
  let encoding: TextEncodingName;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = "utf-8-bom";
    text = decodeStrict("utf-8", bytes.subarray(3));
    if (text === undefined) {
      text = new TextDecoder("utf-8").decode(bytes.subarray(3));
      warnings.push("has a UTF-8 mark but invalid UTF-8 bytes: they were replaced by �");
    }
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else {
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const signature = BINARY_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
    if (signature) return { error: `is ${signature.what}, not text: ${CONVERT_HINT}` };
    const utf16 = sniffUtf16(sample);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
      warnings.push(`read as ${utf16.toUpperCase()} without byte-order mark`);
    } else {
      if (sample.includes(0) || controlShare(sample) > 0.01) {
        return { error: `contains binary data, not text: ${CONVERT_HINT}` };
      }
      text = decodeStrict("utf-8", bytes);
      encoding = "utf-8";
      if (text === undefined) {
        text = decodeWindows1252(bytes);
        encoding = "windows-1252";
        warnings.push(
          "is not valid UTF-8: read as Windows-1252 (the usual legacy French encoding); save it as UTF-8 to be sure accents are right",
        );
      }
    }
  }
  const repaired = repairMojibake(text);
  if (repaired.repaired > 0) {
    warnings.push(
      `repaired ${repaired.repaired} mojibake sequence${repaired.repaired > 1 ? "s" : ""} (UTF-8 read as Windows-1252, like "Ã©" for "é")`,
    );
  }
  if (repaired.remaining > 0) {
    warnings.push(
      `holds ${repaired.remaining} ${repaired.remaining > 1 ? "sequences that look" : "sequence that looks"} like mojibake ("Ã©", "â€™") and could not be repaired: check the accents`,
    );
  }
  return { text: repaired.text.normalize("NFC"), encoding, warnings };
}

/** Continuation bytes 0x80–0xBF as they look once read as Windows-1252 (or Latin-1). */
const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH.filter((code) => code > 0xff)
  .map((code) => `\\u${code.toString(16).padStart(4, "0")}`)
  .join("")}]`;

/**
 * Mojibake candidates: a UTF-8 lead byte read as Windows-1252, then its continuation bytes.
 * Leads are limited to what French text needs (Latin-1 and Latin Extended letters: Â Ã Ä Å
 * Æ Ë; punctuation, € and ™: â; emoji: ð), so genuine French letters such as "é" or "Ç"
 * that happen to precede "«" or "»" are never taken for a lead byte.
 */
const MOJIBAKE = new RegExp(
  `[\\u00c2-\\u00c6\\u00cb]${CONTINUATION}|\\u00e2${CONTINUATION}{2}|\\u00f0${CONTINUATION}{3}`,
  "gu",
);
/** What is left that still looks like mojibake, for the warning. */
const MOJIBAKE_LEFT = /Ã[\u0080-\u00bf\u2018-\u201e\u2026\u2030\u0152\u0153\u0160\u0161]|â€/gu;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function plausible(decoded: string): boolean {
  const code = decoded.codePointAt(0) ?? 0;
  return (
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x2c6 && code <= 0x2dc) ||
    (code >= 0x2000 && code <= 0x21ff) ||
    (code >= 0x2600 && code <= 0x27bf) ||
    (code >= 0x1f000 && code <= 0x1faff)
  );
}

function repairOnce(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const result = text.replace(MOJIBAKE, (sequence) => {
    const bytes: number[] = [];
    for (const char of sequence) {
      const byte = CP1252_BYTE.get(char) ?? char.charCodeAt(0);
      if (byte > 0xff) return sequence;
      bytes.push(byte);
    }
    try {
      const decoded = utf8.decode(new Uint8Array(bytes));
      if (!plausible(decoded)) return sequence;
      repaired += 1;
      return decoded;
    } catch {
      return sequence;
    }
  });
  return { text: result, repaired };
}

/**
 * Undo UTF-8 that was decoded as Windows-1252 or Latin-1 ("Ã©" → "é", "â€™" → "’",
 * "Å“" → "œ"), sequence by sequence, so a text mixing good and broken accents is
 * repaired without touching the good ones; twice-broken text ("ÃƒÂ©") takes two passes.
 * When something was repaired, "Ã " (an "à" whose no-break space became a space) is too.
 */
export function repairMojibake(text: string): {
  text: string;
  repaired: number;
  remaining: number;
} {
  let current = text;
  let repaired = 0;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = repairOnce(current);
    if (next.repaired === 0) break;
    repaired += next.repaired;
    current = next.text;
  }
  if (repaired > 0) {
    // "Ã" + two spaces: the no-break space became a space; "Ã" + one: the spaces were collapsed.
    current = current.replace(/Ã (?= )|Ã(?= \p{L})/gu, () => {
      repaired += 1;
      return "à";
    });
  }
  const remaining = current.match(MOJIBAKE_LEFT)?.length ?? 0;
  return { text: current, repaired, remaining };
}
