import { describe, expect, it } from "vitest";
import { readSources, type SourceModule } from "./source-map.js";

/**
 * The layers of src/README.md, held by a test rather than a drawing: a module may import
 * its own layer and those below it, never one above; no import circle; no function a
 * reader has to scroll through.
 */
const LAYERS = [
  ["core"],
  ["checks"],
  ["links"],
  ["input", "output", "model"],
  ["settings"],
  ["pipeline"],
  ["cli"],
] as const;

const LONG_FUNCTION = 100;
const TOO_LONG_FUNCTION = 150;
const LONG_FUNCTIONS_ALLOWED = 2;

function layerOf(path: string): number {
  const folder = path.split("/")[0] ?? "";
  const index = LAYERS.findIndex((layer) => (layer as readonly string[]).includes(folder));
  if (index === -1)
    throw new Error(`${path} is in no layer: put it in one of the folders of src/README.md`);
  return index;
}

function cycles(modules: readonly SourceModule[]): string[][] {
  const graph = new Map(modules.map((module) => [module.path, module.imports]));
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (path: string) => {
    state.set(path, "open");
    stack.push(path);
    for (const next of graph.get(path) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(path, "done");
  };
  for (const path of graph.keys()) if (!state.has(path)) visit(path);
  return found;
}

describe("the layers of src/", () => {
  const modules = readSources();

  it("reads every module (the test itself is looking at something)", () => {
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.some((module) => module.path === "pipeline/rewrite.ts")).toBe(true);
  });

  it("puts every module in a layer, and imports only from its own layer or those below", () => {
    const upward = modules.flatMap((module) =>
      module.imports
        .filter((target) => layerOf(target) > layerOf(module.path))
        .map((target) => `${module.path} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it("has no import circle", () => {
    expect(cycles(modules).map((cycle) => cycle.join(" → "))).toEqual([]);
  });

  it(`has no function over ${TOO_LONG_FUNCTION} lines and at most ${LONG_FUNCTIONS_ALLOWED} over ${LONG_FUNCTION}`, () => {
    const functions = modules.flatMap((module) =>
      module.functions.map((fn) => `${module.path}:${fn.line} ${fn.name} (${fn.lines} lines)`),
    );
    const lines = (text: string) => Number(/\((\d+) lines\)$/u.exec(text)?.[1]);
    expect(functions.filter((fn) => lines(fn) > TOO_LONG_FUNCTION)).toEqual([]);
    expect(functions.filter((fn) => lines(fn) > LONG_FUNCTION).length).toBeLessThanOrEqual(
      LONG_FUNCTIONS_ALLOWED,
    );
  });
});
