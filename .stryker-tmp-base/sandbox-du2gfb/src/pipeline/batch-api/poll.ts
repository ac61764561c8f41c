// @ts-nocheck
import type { BatchApi, RemoteBatch } from "./client.js";
import { type BatchIO, type Log, plural } from "./setup.js";
import { type BatchRecord, type BatchState, isFinal } from "./state.js";

/**
 * Where the batches stand, and `--wait`: poll until every batch has ended, with a backoff
 * (5 s, then ×1.5 up to a minute — a batch takes minutes to hours, and each poll is a
 * request against the host's rate limit) and one progress line.
 */

export const POLL_BACKOFF = { firstMs: 5_000, factor: 1.5, maxMs: 60_000 } as const;

export function updateBatch(record: BatchRecord, remote: RemoteBatch): void {
  record.status = remote.status;
  record.errors = remote.errors;
  if (remote.requestCounts) record.requestCounts = remote.requestCounts;
  if (remote.outputFileId) record.outputFileId = remote.outputFileId;
  if (remote.errorFileId) record.errorFileId = remote.errorFileId;
}

/** Ask the host about every batch that has not ended. */
export async function refreshBatches(state: BatchState, api: BatchApi, io: BatchIO): Promise<void> {
  for (const batch of state.batches) {
    if (isFinal(batch) || io.signal.aborted) continue;
    updateBatch(batch, await api.retrieve(batch.id, io.signal));
  }
}

/** `120/300 requests done, 2 failed`. */
export function countsText(batch: BatchRecord): string {
  const counts = batch.requestCounts;
  if (counts === undefined || counts.total === 0) return `${plural(batch.requests, "request")}`;
  const done = counts.completed + counts.failed;
  return `${done}/${counts.total} requests done${counts.failed > 0 ? `, ${counts.failed} failed` : ""}`;
}

/** Poll until no batch is running; false when interrupted first. */
export async function waitForBatches(
  state: BatchState,
  api: BatchApi,
  io: BatchIO,
  log: Log,
): Promise<boolean> {
  let delay: number = POLL_BACKOFF.firstMs;
  for (;;) {
    await refreshBatches(state, api, io);
    if (io.signal.aborted) {
      log.endLive();
      return false;
    }
    const running = state.batches.filter((batch) => !isFinal(batch));
    if (running.length === 0) {
      log.endLive();
      return true;
    }
    let total = 0;
    let done = 0;
    for (const batch of running) {
      total += batch.requestCounts?.total || batch.requests;
      done += (batch.requestCounts?.completed ?? 0) + (batch.requestCounts?.failed ?? 0);
    }
    const statuses = [...new Set(running.map((batch) => batch.status))].join(", ");
    log.live(
      `waiting for ${plural(running.length, "batch", "batches")} (${statuses}): ${done}/${total} requests done`,
      ` · next check in ${Math.round(delay / 1000)} s`,
    );
    await io.sleep(delay, io.signal);
    if (io.signal.aborted) {
      log.endLive();
      return false;
    }
    delay = Math.min(delay * POLL_BACKOFF.factor, POLL_BACKOFF.maxMs);
  }
}
