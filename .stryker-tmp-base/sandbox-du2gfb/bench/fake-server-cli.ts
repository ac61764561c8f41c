/**
 * The fake OpenAI-compatible server as a process, for benchmarks and manual runs:
 *
 *     npx tsx bench/fake-server-cli.ts --latency 1000 --port 0 [--answer valid-article]
 *
 * Prints the base URL (`http://127.0.0.1:PORT/v1`) as the first line of stdout, then serves
 * every chat request with the canned answer after `--latency` milliseconds, until SIGINT or
 * SIGTERM. A summary goes to stderr on exit.
 */
// @ts-nocheck

import { parseArgs } from "node:util";
import { answerFixture, startFakeServer } from "../test/fake-server.js";

function nonNegativeInteger(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name}: expected a whole number ≥ 0, got "${raw}"`);
  }
  return value;
}

async function main(argv: readonly string[]): Promise<number> {
  let latencyMs: number;
  let port: number;
  let answer: string;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        latency: { type: "string", default: "0" },
        port: { type: "string", default: "0" },
        answer: { type: "string", default: "valid-article" },
      },
      strict: true,
    });
    latencyMs = nonNegativeInteger("latency", values.latency);
    port = nonNegativeInteger("port", values.port);
    answer = answerFixture(values.answer);
  } catch (error) {
    process.stderr.write(
      `fake-server: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.stderr.write("usage: fake-server-cli [--latency MS] [--port N] [--answer FIXTURE]\n");
    return 2;
  }

  const server = await startFakeServer({ latencyMs, port, fallback: { content: answer } });
  process.stdout.write(`${server.url}\n`);

  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await server.close();
  process.stderr.write(`fake-server: served ${server.chatRequests().length} chat requests\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
