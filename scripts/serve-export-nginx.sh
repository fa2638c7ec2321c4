#!/usr/bin/env bash
# Serves the static export in .next-export/ (made by scripts/e2e-builds.sh or
# `NEXT_OUTPUT=export NEXT_DIST_DIR=.next-export npx next build`) with nginx and scripts/nginx.conf
# on 127.0.0.1:$1, in the foreground: the e2e suite starts this and stops it.
set -euo pipefail
port="${1:?port}"
root="$(cd "$(dirname "$0")/.." && pwd)"
[ -f "$root/.next-export/index.html" ] || { echo "no static export in .next-export: run scripts/e2e-builds.sh" >&2; exit 1; }
prefix="$(mktemp -d)"
sed -e "s#__ROOT__#$root/.next-export#g" -e "s#__PORT__#$port#g" -e "s#__PREFIX__#$prefix#g" "$root/scripts/nginx.conf" > "$prefix/nginx.conf"
# Started as root (CI), nginx's workers would run as www-data, which cannot read a checkout in a
# private folder: for this test server they run as the user who started it.
if [ "$(id -u)" = 0 ]; then sed -i '1i user root;' "$prefix/nginx.conf"; fi
exec nginx -c "$prefix/nginx.conf" -g "daemon off;"
