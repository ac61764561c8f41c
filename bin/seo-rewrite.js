#!/usr/bin/env node
import { main, nodeIO } from "../dist/cli.js";

process.exitCode = await main(nodeIO());
