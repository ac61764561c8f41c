import { LlmError } from "../../model/llm.js";
import { EXIT } from "../setup.js";
import { exitForInterruption, openSession } from "./open.js";
import { updateBatch } from "./poll.js";
import { type BatchIO, type BatchSetup, Log, plural } from "./setup.js";
import { isFinal } from "./state.js";

/**
 * `seo-rewrite batch cancel [DIR]`: cancel every running batch. What they already answered
 * is still collected (and paid for); what they did not run is not sent again by `collect`
 * — a later `batch submit` sends it.
 */
export async function runBatchCancel(
  dirArg: string | undefined,
  setup: BatchSetup,
  io: BatchIO,
): Promise<number> {
  const log = Log.for(io, setup.options);
  const session = await openSession(dirArg, setup, io, log);
  if ("exitCode" in session) return session.exitCode;
  const running = session.state.batches.filter((batch) => !isFinal(batch));
  if (running.length === 0) {
    log.info("no running batch to cancel");
    return EXIT.ok;
  }
  let code: number = EXIT.ok;
  for (const batch of running) {
    if (io.signal.aborted) break;
    try {
      updateBatch(batch, await (await session.api()).cancel(batch.id, io.signal));
      batch.cancelledByUser = true;
      io.stdout.write(`${batch.id}  ${batch.status}\n`);
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      log.line(`seo-rewrite: ${session.redact(error.message)}`);
      code = EXIT.failed;
    }
  }
  await session.save();
  log.info(
    `${plural(running.length, "batch", "batches")} cancelled; run seo-rewrite batch collect ${dirArg ?? session.dir} once they end, to keep what they answered`,
  );
  return exitForInterruption(io) ?? code;
}
