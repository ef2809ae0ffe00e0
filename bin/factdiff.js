#!/usr/bin/env node
// factdiff: cross-check reports of the same event. All logic lives in dist/ (built from src/).
import { run } from '../dist/cli/node.js';

process.exitCode = await run();
