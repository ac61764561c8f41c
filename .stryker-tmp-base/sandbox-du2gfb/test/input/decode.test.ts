// @ts-nocheck
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type DecodedText,
  decodeText,
  decodeWindows1252,
  repairMojibake,
} from "../../src/input/decode.js";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/input/${name}`, import.meta.url)));
const FRENCH = "L’été à Noël coûte 15 € — une œuvre « déjà » vue, Ça va ? Oui…";
const utf8 = (text: string) => new TextEncoder().encode(text);

function decoded(bytes: Uint8Array): DecodedText {
  const result = decodeText(bytes);
  if ("error" in result) throw new Error(`expected text, got: ${result.error}`);
  return result;
}

/** Windows-1252 bytes of a string, written out by hand for the characters the test uses. */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { "€": 0x80, "…": 0x85, "’": 0x92, "—": 0x97, œ: 0x9c };
  return new Uint8Array(
    [...text].map((char) => {
      const byte = high[char] ?? char.charCodeAt(0);
      if (byte > 0xff) throw new Error(`no Windows-1252 byte for ${char}`);
      return byte;
    }),
  );
}

describe("decodeText: encodings", () => {
  it("reads valid UTF-8 as is, without warning", () => {
    const result = decoded(utf8(FRENCH));
    expect(result).toEqual({ text: FRENCH, encoding: "utf-8", warnings: [] });
  });

  it("drops a UTF-8 byte-order mark", () => {
    const result = decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRENCH)]));
    expect(result.encoding).toBe("utf-8-bom");
    expect(result.text).toBe(FRENCH);
  });

  it("reads UTF-16 LE and BE with a byte-order mark", () => {
    const expected = readFileSync(
      new URL("../fixtures/input/legacy-utf8.txt", import.meta.url),
      "utf8",
    );
    const le = decoded(fixture("utf-16le-bom.txt"));
    const be = decoded(fixture("utf-16be-bom.txt"));
    expect(le).toEqual({ text: expected, encoding: "utf-16le", warnings: [] });
    expect(be).toEqual({ text: expected, encoding: "utf-16be", warnings: [] });
  });

  it("recognises UTF-16 LE without a byte-order mark, and says so", () => {
    const bytes = new Uint8Array(
      Buffer.from("Le marché de Noël ouvre vendredi à Colmar.", "utf16le"),
    );
    const result = decoded(bytes);
    expect(result.encoding).toBe("utf-16le");
    expect(result.text).toBe("Le marché de Noël ouvre vendredi à Colmar.");
    expect(result.warnings).toEqual(["read as UTF-16LE without byte-order mark"]);
  });

  it("reads invalid UTF-8 as Windows-1252, with € œ ’ — … right, and warns", () => {
    const result = decoded(cp1252(FRENCH));
    expect(result.encoding).toBe("windows-1252");
    expect(result.text).toBe(FRENCH);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/not valid UTF-8: read as Windows-1252/u);
  });

  it("reads the Windows-1252 fixture file with its CRLF line ends", () => {
    const expected = readFileSync(
      new URL("../fixtures/input/legacy-utf8.txt", import.meta.url),
      "utf8",
    );
    const result = decoded(fixture("legacy-windows-1252.txt"));
    expect(result.encoding).toBe("windows-1252");
    expect(result.text.replace(/\r\n/gu, "\n")).toBe(expected);
  });

  it("maps 0x80–0x9F per the WHATWG table, unlike Node's TextDecoder (nodejs/node#56542)", () => {
    const text = decodeWindows1252(
      new Uint8Array([0x80, 0x85, 0x8c, 0x92, 0x93, 0x94, 0x9c, 0x9f, 0x81]),
    );
    expect(text).toBe("€…Œ’“”œŸ\u0081");
  });

  it("puts decomposed accents (macOS) in NFC", () => {
    expect(decoded(utf8("cafe\u0301 a\u0300 Noe\u0308l")).text).toBe("café à Noël");
  });
});

describe("decodeText: mojibake", () => {
  it("repairs UTF-8 read as Windows-1252 and warns", () => {
    const expected = readFileSync(
      new URL("../fixtures/input/legacy-utf8.txt", import.meta.url),
      "utf8",
    );
    const result = decoded(fixture("mojibake.txt"));
    expect(result.text).toBe(expected);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^repaired \d+ mojibake sequences/u);
  });

  it("repairs the usual suspects, a twice-broken accent and an à that lost its no-break space", () => {
    const { text, repaired } = repairMojibake(
      "lâ€™Ã©tÃ©, Ã‰cole, Å“uvre, 3 â‚¬, cafÃƒÂ©, dÃ©jÃ  vu",
    );
    expect(text).toBe("l’été, École, œuvre, 3 €, café, déjà vu");
    // ’ é é É œ €, then 2 + 1 passes for the twice-broken "é" of café, then é and à of déjà.
    expect(repaired).toBe(11);
  });

  it("leaves genuine French alone, even accents next to guillemets", () => {
    const french = "Il a répondu à « oui », puis Ç» et É« restent ; voilà € 5 °C.";
    expect(repairMojibake(french)).toEqual({ text: french, repaired: 0, remaining: 0 });
    expect(decoded(utf8(french)).warnings).toEqual([]);
  });

  it("reports mojibake it cannot repair", () => {
    const result = decoded(utf8("Le rÃ©sultat est lâ€ incomplet."));
    expect(result.text).toBe("Le résultat est lâ€ incomplet.");
    expect(result.warnings).toContain(
      'holds 1 sequence that looks like mojibake ("Ã©", "â€™") and could not be repaired: check the accents',
    );
  });
});

describe("decodeText: binary files", () => {
  const cases: [string, number[], RegExp][] = [
    ["PDF", [...utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj")], /^is a PDF file, not text: convert it/u],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /^is a PNG image/u],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46], /^is a JPEG image/u],
    ["GIF", [...utf8("GIF89a"), 1, 0, 1, 0], /^is a GIF image/u],
    [
      "DOCX (zip)",
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0],
      /^is a ZIP archive \(a \.docx\/\.odt document is one\)/u,
    ],
    [
      "DOC (OLE)",
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
      /^is an old Word\/Office document/u,
    ],
    ["RTF", [...utf8("{\\rtf1\\ansi Le march\\'e9")], /^is an RTF document/u],
    [
      "NUL bytes",
      [...utf8("Le marché"), 0, 0, 7, 0, 3, 0, 0, 0, 0x13, 0x88, 0],
      /^contains binary data, not text/u,
    ],
  ];
  it.each(cases)("refuses %s with what to do", (_name, bytes, message) => {
    const result = decodeText(new Uint8Array(bytes));
    expect(result).toHaveProperty("error");
    const { error } = result as { error: string };
    expect(error).toMatch(message);
    expect(error).toMatch(/convert it to plain text \(\.txt, \.md or \.html\) first$/u);
  });
});
