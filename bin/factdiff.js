#!/usr/bin/env node
// factdiff: cross-check reports of the same event. All logic lives in dist/ (built from src/).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Fast path: scripts that ask for the version should not pay for loading the CLI.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('../dist/cli/node.js');
  process.exitCode = await run(args);
}
