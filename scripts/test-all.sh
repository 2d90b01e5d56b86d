#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests use Debian's Chromium (test tools cannot download browsers here) and CJK fonts.
if [ ! -x "${CHROME_PATH:-/usr/bin/chromium}" ] || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "==> Installing Debian chromium + fonts-noto-cjk"
  if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  $apt_get update -qq
  DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

echo "==> npm install"
npm install --no-audit --no-fund --loglevel=error

echo "==> Lint (ESLint: Next.js rules, React hooks rules, TypeScript)"
npm run lint

echo "==> Build: content checks and type check run here; any broken note fails it"
npm run build

echo "==> Unit tests"
npx vitest run

echo "==> Browser tests (Playwright + Debian Chromium against out/)"
npx playwright test
