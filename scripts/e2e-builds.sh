#!/usr/bin/env bash
# The three production builds the e2e suite serves, one after another: the hostile-content site
# (.next-hostile), the static export (.next-export, served by nginx) and, last, the site itself
# (.next, `npm run build`). Last, because a Next build also writes into .next whatever its distDir.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { printf '\n== %s\n' "$*"; }
log "browser script → public/js"
npm run browser --silent
log "hostile-content site → .next-hostile"
node scripts/hostile-huge.mjs
# Bounded: 15 minutes, 1.5 GB of heap per process. What the build writes outside its output folder
# goes to .next-hostile.written for e2e/hostile.spec.ts to check (nothing but its log).
marker="$(mktemp)"
CONTENT_DIR=e2e/fixtures/hostile NEXT_DIST_DIR=.next-hostile NODE_OPTIONS=--max-old-space-size=1536 timeout 900 npx next build > .next-hostile.log 2>&1 || { tail -40 .next-hostile.log; exit 1; }
find . \( -path ./node_modules -o -path ./.git -o -path ./.next-hostile \) -prune -o -newer "$marker" -type f -print > "$marker.list"
mv "$marker.list" .next-hostile.written
rm -f "$marker"
log "static export and its search index → .next-export"
node scripts/clean-route-cache.mjs
NEXT_OUTPUT=export NEXT_DIST_DIR=.next-export npx next build > .next-export.log 2>&1 || { tail -40 .next-export.log; exit 1; }
# What `npm run export` ships: without the RSC payload files no plain link ever requests, with the
# pages of old URLs (aliases, copies) that the build no longer prerenders, and the search index.
bash scripts/finish-export.sh .next-export
log "the site → .next (npm run build)"
npm run build --silent
