#!/usr/bin/env bash
# Installs what a fresh machine lacks before `npm test` / `npm start`:
#   Debian's chromium (browser tests) and jupyter-nbconvert (notebooks), through apt-get when
#   running as root; otherwise one line saying what to install. Then the npm dependencies,
#   with `npm ci` whenever node_modules is missing or older than package-lock.json.
# `--npm-only` (used by `npm start`) skips the system packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--npm-only" ]; then
  missing=()
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
  if ! command -v jupyter-nbconvert >/dev/null 2>&1; then missing+=(jupyter-nbconvert); fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "ensure: installing ${missing[*]} with apt-get"
      apt-get update -qq
      export DEBIAN_FRONTEND=noninteractive
      # chromium with its recommended fonts, plus a CJK font so Chinese text renders
      if [[ " ${missing[*]} " == *" chromium "* ]]; then apt-get install -y -qq chromium fonts-wqy-zenhei >/dev/null; fi
      if [[ " ${missing[*]} " == *" jupyter-nbconvert "* ]]; then
        apt-get install -y -qq --no-install-recommends jupyter-nbconvert >/dev/null
      fi
    else
      echo "ensure: missing ${missing[*]}: install with 'sudo apt-get install ${missing[*]}' (or set CHROMIUM_PATH), then run again" >&2
      exit 1
    fi
  fi
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure: installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
