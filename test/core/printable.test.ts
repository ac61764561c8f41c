import { describe, expect, it } from "vitest";
import { printable } from "../../src/core/printable.js";

describe("printable", () => {
  it("keeps ordinary names, accents and spaces as they are", () => {
    expect(printable("brouillons/l'été à Paris.txt")).toBe("brouillons/l'été à Paris.txt");
  });

  it("escapes what would split or rewrite a line", () => {
    expect(printable("a\nb\r\tc")).toBe("a\\nb\\r\\tc");
    expect(printable("\u001b[2Jx")).toBe("\\u{1b}[2Jx");
    expect(printable("a\u0085b\u2028c")).toBe("a\\u{85}b\\u{2028}c");
    expect(printable("fac\u202etxt.exe")).toBe("fac\\u{202e}txt.exe");
  });
});
