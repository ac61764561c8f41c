#!/usr/bin/env node
import { main, nodeIO, STDOUT_FAILED } from "../dist/bundle/main.js";

const io = nodeIO();
process.exitCode = await main(io);
// stdout's reader left (EPIPE): 141, as a shell reports a command killed by SIGPIPE; stdout
// could not be written (a full disk): 1, what was to be written there is lost.
if (io.interruptedBy?.() === "SIGPIPE") process.exitCode = 141;
if (io.interruptedBy?.() === STDOUT_FAILED) process.exitCode = 1;
// Interrupted: leave now. A retry's sleep inside the SDK would otherwise hold the process
// for the rest of a Retry-After, with the summary already printed and nothing left to do.
if (io.interruptedBy?.() !== undefined) process.exit();
