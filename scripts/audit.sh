#!/usr/bin/env bash
# A11: production dependencies without high or critical advisories.
#  1. An offline check that always runs: hono and @hono/node-server in package-lock.json are at or
#     above the first versions that fix their published advisories (floors below). Fails if not.
#  2. `npm audit --omit=dev --audit-level=high`: fails on a high or critical advisory. When the
#     advisory endpoint cannot be reached (these machines reach the registry's package downloads
#     only; its audit endpoint answers 405), it says so plainly and exits 0: "not checked" is
#     never reported as "passed".
set -euo pipefail
cd "$(dirname "$0")/.."

# First fixed versions, from the published advisories (newest that matter for the line we use):
#   hono >= 4.13.5: GHSA-crvj-82cr-hjcx, GHSA-g6gw-c38x-mqfc, GHSA-gqvv-2mrq-wpjv (all earlier ones fixed before it)
#   @hono/node-server >= 2.0.10: GHSA-9mqv-5hh9-4cgg (2.0.0-2.0.9), GHSA-frvp-7c67-39w9 (fixed in 2.0.5)
# Raise a floor when a new advisory is published; the check then fails until the pin is raised too.
FLOORS='{"hono":"4.13.5","@hono/node-server":"2.0.10"}'

node --input-type=module - "$FLOORS" <<'EOF'
import { readFileSync } from 'node:fs';
const floors = JSON.parse(process.argv[2]);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const parse = (v) => v.split(/[.+-]/).slice(0, 3).map(Number);
const atLeast = (v, floor) => {
  const [a, b] = [parse(v), parse(floor)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
};
let failed = false;
for (const [name, floor] of Object.entries(floors)) {
  // Every copy in the tree counts, nested ones too.
  const copies = Object.entries(lock.packages ?? {}).filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`));
  if (copies.length === 0) {
    console.error(`pins: ${name} is not in package-lock.json`);
    failed = true;
  }
  for (const [path, entry] of copies) {
    const ok = atLeast(entry.version, floor);
    console.log(`pins: ${path} ${entry.version} (fixed versions start at ${floor}) ${ok ? 'ok' : 'TOO OLD'}`);
    if (!ok) failed = true;
  }
}
if (failed) process.exit(1);
EOF

# --json so a failure to reach the endpoint can be told apart from advisories found.
set +e
out=$(timeout 120 npm audit --omit=dev --audit-level=high --json 2>/dev/null)
rc=$?
set -e
summary=$(node --input-type=module -e '
  let report;
  try { report = JSON.parse(process.argv[1]); } catch { console.log("unreadable"); process.exit(0); }
  const v = report.metadata?.vulnerabilities;
  if (!v) { console.log("unreachable " + String(report.message ?? report.error?.summary ?? "no report").split("\n")[0]); process.exit(0); }
  console.log(`report ${v.high ?? 0} ${v.critical ?? 0} ${v.total ?? 0}`);
' "$out")
case "$summary" in
  report*)
    read -r _ high critical total <<<"$summary"
    echo "npm audit: $total advisories in production dependencies, $high high, $critical critical"
    if [ "$high" != 0 ] || [ "$critical" != 0 ]; then
      npm audit --omit=dev --audit-level=high || true
      exit 1
    fi
    ;;
  unreachable*)
    echo "npm audit: not checked (the advisory endpoint could not be used: ${summary#unreachable }). Only the pins above were checked."
    ;;
  *)
    if [ "$rc" = 124 ]; then why="no answer within 120 s"; else why="npm audit exited $rc without a report"; fi
    echo "npm audit: not checked ($why). Only the pins above were checked."
    ;;
esac
