#!/bin/bash
# bench/tools/ab.sh ROUNDS LIST BASE NEW: alternates cold extractions with two builds (BASE and
# NEW are folders holding a dist/ each, e.g. copies made after `npm run build` at two commits,
# with node_modules reachable from them), NEW first in odd rounds; prints each side's medians
# and NEW/BASE per round, wall and CPU, with their medians. LIST: `node bench/tools/corpus.mjs > LIST`.
rounds=$1; list=$2; base=$3; new=$4; out=$(mktemp)
child="$(dirname "$0")/ab-child.mjs"
for r in $(seq 1 "$rounds"); do
  if (( r % 2 )); then x=$(node "$child" "$base" "$list"); y=$(node "$child" "$new" "$list"); else y=$(node "$child" "$new" "$list"); x=$(node "$child" "$base" "$list"); fi
  echo "$x $y" >> "$out"
done
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => l.split(" ").map(Number));
const med = (a) => { a = [...a].sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
const wall = rows.map((r) => r[2] / r[0]), cpu = rows.map((r) => r[3] / r[1]);
console.log("base wall", med(rows.map((r) => r[0])), "cpu", med(rows.map((r) => r[1])), "| new wall", med(rows.map((r) => r[2])), "cpu", med(rows.map((r) => r[3])));
console.log("new/base per round, wall:", wall.map((x) => x.toFixed(3)).join(" "), "median", med(wall).toFixed(3));
console.log("new/base per round, cpu: ", cpu.map((x) => x.toFixed(3)).join(" "), "median", med(cpu).toFixed(3));' "$out"
rm -f "$out"
