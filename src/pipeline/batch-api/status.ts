import { LlmError } from "../../model/llm.js";
import { EXIT } from "../setup.js";
import { exitForInterruption, openSession } from "./open.js";
import { countsText, refreshBatches, waitForBatches } from "./poll.js";
import { articlesLine } from "./report.js";
import { type BatchIO, type BatchSetup, Log } from "./setup.js";
import { type BatchRecord, isFinal } from "./state.js";

/**
 * `seo-rewrite batch status [DIR]`: where each batch stands (status, request counts) and
 * where the articles stand, on stdout; `--wait` polls until every batch has ended.
 */

export interface StatusOptions {
  /** Poll with backoff until no batch is running. Default: `false`. */
  wait?: boolean;
}

function statusLine(batch: BatchRecord): string {
  const notes: string[] = [];
  if (batch.status === "expired" || batch.status === "cancelled") {
    notes.push(
      batch.cancelledByUser
        ? "cancelled with batch cancel"
        : "what it did not run is sent again by batch collect",
    );
  }
  if (batch.errors.length > 0) notes.push(batch.errors.slice(0, 3).join("; "));
  if (batch.collected) notes.push("collected");
  else if (isFinal(batch)) notes.push("ready to collect");
  return `${batch.id}  ${batch.status.padEnd(11)}  ${countsText(batch)}  (submitted ${batch.createdAt.slice(0, 16).replace("T", " ")})${notes.length > 0 ? ` — ${notes.join("; ")}` : ""}`;
}

export async function runBatchStatus(
  dirArg: string | undefined,
  statusOptions: StatusOptions,
  setup: BatchSetup,
  io: BatchIO,
): Promise<number> {
  const log = Log.for(io, setup.options);
  const session = await openSession(dirArg, setup, io, log);
  if ("exitCode" in session) return session.exitCode;
  const { state } = session;
  let failure: string | undefined;
  try {
    if (state.batches.some((batch) => !isFinal(batch))) {
      const api = await session.api();
      if (statusOptions.wait === true) await waitForBatches(state, api, io, log);
      else await refreshBatches(state, api, io);
    }
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    failure = error.message;
  }
  await session.save();
  for (const batch of state.batches) io.stdout.write(`${statusLine(batch)}\n`);
  if (state.batches.length === 0) io.stdout.write("no batch submitted yet\n");
  io.stdout.write(`${articlesLine(state)}\n`);
  if (failure !== undefined) {
    log.line(`seo-rewrite: ${session.redact(failure)}`);
    return EXIT.failed;
  }
  const interrupted = exitForInterruption(io);
  if (interrupted !== undefined) return interrupted;
  if (state.batches.some((batch) => isFinal(batch) && !batch.collected)) {
    log.info(`next: seo-rewrite batch collect ${dirArg ?? session.dir}`);
  }
  return EXIT.ok;
}
