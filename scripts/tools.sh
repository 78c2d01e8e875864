#!/usr/bin/env bash
# Installs the test tools from npm tarballs into the tools folder and checks them against
# scripts/tools.lock (SHA-256). Idempotent: a tool whose tarball is present and matches is left
# alone. Usage: scripts/tools.sh [tools-dir] (default: $FRAMEWRIGHT_TOOLS_DIR, else ./.tools of the
# repository). Needs npm and tar.
#
#   playwright-core/   Playwright's library without browsers (Apache-2.0): the web console's browser
#                      tests (ConsoleBrowserTest) drive Debian's chromium with it. No dependencies.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
LOCK="$ROOT/scripts/tools.lock"
DIR="${1:-${FRAMEWRIGHT_TOOLS_DIR:-$ROOT/.tools}}"
CACHE="$DIR/.cache"

say() { printf 'framewright: tools: %s\n' "$*" >&2; }
die() {
  printf 'framewright: tools: error: %s\n' "$*" >&2
  exit 1
}

sha() { sha256sum "$1" | cut -d' ' -f1; }
locked() { awk -v k="$1" -v n="$2" '$1 == k && $2 == n { print $3 }' "$LOCK"; }

# Installs package@version (no dependencies) into $DIR/<package>, unless the same tarball is there.
install_package() {
  local spec="$1" want name tgz target
  want="$(locked tgz "$spec")"
  [[ -n "$want" ]] || die "$spec is not in scripts/tools.lock"
  name="${spec%@*}"
  tgz="$CACHE/${name//\//-}-${spec##*@}.tgz"
  target="$DIR/$name"
  if [[ -f "$target/.tarball-sha256" && "$(cat "$target/.tarball-sha256")" == "$want" ]]; then
    say "$spec present"
    return 0
  fi
  if [[ ! -f "$tgz" || "$(sha "$tgz")" != "$want" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to fetch $spec (apt-get install npm)"
    say "fetching $spec (npm pack)…"
    rm -f "$tgz"
    (cd "$CACHE" && npm pack --silent "$spec" >/dev/null) || die "npm pack $spec failed (no access to the npm registry?)"
    [[ -f "$tgz" ]] || die "npm pack $spec did not produce $(basename "$tgz")"
  fi
  [[ "$(sha "$tgz")" == "$want" ]] || die "$spec: tarball SHA-256 mismatch (expected $want)"
  rm -rf "$target" "$CACHE/unpacked"
  mkdir -p "$CACHE/unpacked"
  tar -xzf "$tgz" -C "$CACHE/unpacked"
  mv "$CACHE/unpacked/package" "$target"
  printf '%s' "$want" >"$target/.tarball-sha256"
  rm -rf "$CACHE/unpacked"
  say "installed $spec into $target"
}

mkdir -p "$DIR" "$CACHE"
install_package playwright-core@1.65.1
