#!/usr/bin/env bash
# After the `next build` of a static export (`npm run export`, scripts/e2e-builds.sh, the bench): the
# steps that make it what a static host serves, run at once. They write different files (the prune
# leaves pagefind/ alone), and Pagefind's indexer runs on one core, so the others fit beside it.
#   scripts/prune-export.mjs     the RSC payload files and the React runtime out of every page
#   scripts/export-redirects.ts  the pages of old URLs (aliases, copies)
#   scripts/build-search.ts      the search index, pagefind/ (not with --no-search)
# Each step's output is printed whole, in this order, once it has ended; any step failing fails the export.
#
#   scripts/finish-export.sh [DIR] [--no-search]   (DIR: as the steps, default NEXT_DIST_DIR or out/)
set -uo pipefail
dir=()
search=1
for arg in "$@"; do
  if [ "$arg" = "--no-search" ]; then
    search=0
  elif [ "${arg#/}" = "$arg" ]; then
    dir=("$PWD/$arg") # relative to where it was called from, as the steps take it
  else
    dir=("$arg")
  fi
done
cd "$(dirname "$0")/.."
tsx=node_modules/.bin/tsx
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
names=()
pids=()
# A step in the background, its output kept for when it ends.
start() {
  local name="$1"
  shift
  "$@" > "$logs/$name" 2>&1 &
  pids+=($!)
  names+=("$name")
}
start prune node scripts/prune-export.mjs "${dir[@]}"
start redirects "$tsx" scripts/export-redirects.ts "${dir[@]}"
if [ "$search" = 1 ]; then start search "$tsx" scripts/build-search.ts --export "${dir[@]}"; fi
status=0
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { status=1; echo "finish-export: ${names[$i]} failed" >&2; }
  cat "$logs/${names[$i]}"
done
exit "$status"
