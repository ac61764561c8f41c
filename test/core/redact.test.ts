import { describe, expect, it } from "vitest";
import { displayUrl, REDACTED, redactSecrets, secretsForAnswer } from "../../src/core/redact.js";

const KEY = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";

describe("redactSecrets", () => {
  it("removes the key wherever it appears", () => {
    expect(redactSecrets(`bad key ${KEY} given`, [KEY])).toBe(`bad key ${REDACTED} given`);
  });

  it("removes a key that a server echoed cut in the middle", () => {
    const echoed = `Incorrect API key provided: ${KEY.slice(0, 10)}****${KEY.slice(-8)}.`;
    const clean = redactSecrets(echoed, [KEY]);
    expect(clean).not.toContain(KEY.slice(0, 8));
    expect(clean).not.toContain(KEY.slice(-8));
  });

  it("leaves text alone when there is no secret", () => {
    expect(redactSecrets("nothing here", [undefined, ""])).toBe("nothing here");
  });
});

describe("displayUrl", () => {
  it("hides query values and credentials, keeps what locates the host", () => {
    expect(displayUrl("https://res.example/openai?api-version=1&api-key=secret")).toBe(
      `https://res.example/openai?api-version=${REDACTED}&api-key=${REDACTED}`,
    );
    expect(displayUrl("http://user:pass@127.0.0.1:8000/v1")).toBe("http://127.0.0.1:8000/v1");
    expect(displayUrl("not a url")).toBe("not a url");
  });
});

describe("redactSecrets: a key that is a word", () => {
  it("hides the key where it stands as a whole token, not inside a longer word", () => {
    expect(redactSecrets("MicrosoftTeams, Microsoft-Activision et Microsoft.", ["Microsoft"])).toBe(
      `MicrosoftTeams, Microsoft-Activision et ${REDACTED}.`,
    );
    expect(redactSecrets("clé=Microsoft&x (Microsoft)", ["Microsoft"])).toBe(
      `clé=${REDACTED}&x (${REDACTED})`,
    );
  });

  it("still hides a long key glued to other text, through its runs", () => {
    expect(redactSecrets(`Bearer:x${KEY}y`, [KEY])).not.toContain(KEY.slice(0, 8));
  });
});

describe("secretsForAnswer", () => {
  it("keeps a short key that is a word of the text sent out of the answer's secrets; never a long one", () => {
    const sent = ["Microsoft investit 15 millions dans Mistral."];
    expect(secretsForAnswer(["Microsoft", KEY], sent)).toEqual([KEY]);
    expect(secretsForAnswer(["Microsoft"], ["MicrosoftTeams"])).toEqual(["Microsoft"]);
    expect(secretsForAnswer([KEY], [`la clé ${KEY}`])).toEqual([KEY]);
  });
});
