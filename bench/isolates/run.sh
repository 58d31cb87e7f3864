#!/bin/sh
# Builds and runs the isolate benchmarks with dartc and their node worker_threads versions
# (docs/benchmarks.md "Isolates"). Usage: bench/isolates/run.sh [path/to/dartc]
set -e
here=$(cd "$(dirname "$0")" && pwd)
dartc=${1:-$here/../../build/dartc}
out=$(mktemp -d)
for b in spawn_exit ping_pong mandelbrot_rows; do
  "$dartc" compile exe "$here/$b.dart" -o "$out/$b"
  echo "== $b (dartc)"
  "$out/$b"
  if command -v node >/dev/null; then
    echo "== $b (node)"
    node "$here/$b.js"
  fi
done
rm -rf "$out"
