#!/usr/bin/env bash
# Accuracy on the development samples (not part of npm test: a user's clone has no ../shared).
# Usage: npm run eval [-- extra-folder labels.csv ...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
out=$(mktemp -d)
run() { # name folder labels
  node bin/weerbaar.js scan "$2" --format json --output "$out/$1.json" --quiet
  printf '%-10s ' "$1"
  python3 "$shared/eval/score.py" "$out/$1.json" "$3" | tail -1
}
run cuad-txt "$shared/cuad-dev/txt" "$shared/cuad-dev/labels.csv"
run nl-dev "$shared/nl-dev" "$shared/nl-dev/labels.csv"
for set in eval/corpus/*/; do run "$(basename "$set")" "$set" "$set/labels.csv"; done
while [ $# -ge 2 ]; do run "$(basename "$1")" "$1" "$2"; shift 2; done
rm -rf "$out"
