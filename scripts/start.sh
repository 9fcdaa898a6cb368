#!/bin/sh
# One command on a fresh machine: Node 22 if needed, exactly the locked dependencies (npm ci), build,
# then serve the built site at http://127.0.0.1:4321 (Ctrl+C stops it). Usage: sh scripts/start.sh
# (or: npm start). Dependencies are installed again only when package-lock.json is newer than them.
set -e
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
[ -d node_modules/astro ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
npx astro build
exec npx astro preview --host 127.0.0.1 --port 4321
