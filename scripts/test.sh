#!/usr/bin/env bash
# The whole suite: typecheck, lint, unit and API tests, then e2e against the built app.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== audit"; bash scripts/audit.sh
bash scripts/ensure-chromium.sh

echo "== typecheck"; npm run typecheck
echo "== lint"; npm run lint
echo "== unit and API tests"; npx vitest run
echo "== build"; npx vite build --logLevel warn && npx vite build --ssr src/entry-server.tsx --logLevel warn
echo "== e2e"; npx playwright test
