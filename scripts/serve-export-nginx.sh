#!/usr/bin/env bash
# Builds the static export into .next-export/ (search index from public/pagefind, made by
# `npm run build`) and serves it with nginx and scripts/nginx.conf on 127.0.0.1:$1, in the
# foreground: the e2e suite starts this and stops it.
set -euo pipefail
port="${1:?port}"
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -d "$root/public/pagefind" ] || (cd "$root" && npm run search-index)
(cd "$root" && NEXT_OUTPUT=export NEXT_DIST_DIR=.next-export npx next build > "$root/.next-export.log" 2>&1) || { tail -40 "$root/.next-export.log"; exit 1; }
prefix="$(mktemp -d)"
sed -e "s#__ROOT__#$root/.next-export#g" -e "s#__PORT__#$port#g" -e "s#__PREFIX__#$prefix#g" "$root/scripts/nginx.conf" > "$prefix/nginx.conf"
exec nginx -c "$prefix/nginx.conf" -g "daemon off;"
