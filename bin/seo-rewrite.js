#!/usr/bin/env node
import { main, nodeIO } from "../dist/bundle/main.js";

const io = nodeIO();
process.exitCode = await main(io);
// stdout's reader left (EPIPE): 141, as a shell reports a command killed by SIGPIPE.
if (io.interruptedBy?.() === "SIGPIPE") process.exitCode = 141;
// Interrupted: leave now. A retry's sleep inside the SDK would otherwise hold the process
// for the rest of a Retry-After, with the summary already printed and nothing left to do.
if (io.interruptedBy?.() !== undefined) process.exit();
