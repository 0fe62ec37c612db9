#!/usr/bin/env bash
# The whole test run, in the order a failure is cheapest to find:
# types, unit tests, build, security check, browser end-to-end, desktop end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$*"; }

step "Type check (tsc -b)"
npx tsc -b

step "Unit tests (vitest)"
npx vitest run

step "Build (desktop and browser editions)"
npm run build

step "Security check (electronegativity)"
node scripts/security-check.mjs

step "End-to-end: browser edition in Chromium"
npx playwright test --config tests/e2e/playwright.config.ts

step "End-to-end: desktop edition (Electron)"
# Electron needs a display on Linux; without a binary the suite skips and says why.
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a npx playwright test --config tests/e2e-electron/playwright.config.ts
else
  npx playwright test --config tests/e2e-electron/playwright.config.ts
fi
