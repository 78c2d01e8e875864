#!/usr/bin/env bash
# Installs the engines' model files from npm tarballs into the models folder and checks them
# against scripts/models.lock (SHA-256). Idempotent: files that are present and match are left
# alone, so a second run only hashes. Usage: scripts/models.sh [models-dir]
# (default: $FRAMEWRIGHT_MODELS_DIR, else ./models of the repository). Needs npm and tar.
#
#   isnet/isnet-medium-fp16.onnx  ISNet (IMG.LY), 88 MB fp16 ONNX, AGPL-3.0: the 4 MiB chunks that
#                                 dist/resources.json lists for /models/medium, concatenated
#   esrgan-thick/x4/              ESRGAN "thick" x4 (UpscalerJS), MIT, TF.js layers format; the
#                                 server converts it to ONNX (esrgan-thick/x4.onnx) on first use
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
LOCK="$ROOT/scripts/models.lock"
DIR="${1:-${FRAMEWRIGHT_MODELS_DIR:-$ROOT/models}}"
CACHE="$DIR/.cache"

say() { printf 'framewright: models: %s\n' "$*" >&2; }
die() {
  printf 'framewright: models: error: %s\n' "$*" >&2
  exit 1
}

sha() { sha256sum "$1" | cut -d' ' -f1; }
locked() { awk -v k="$1" -v n="$2" '$1 == k && $2 == n { print $3 }' "$LOCK"; }

# Whether every lock file under prefix $1 is present with its checksum.
complete() {
  local path sum
  while read -r path sum; do
    [[ -f "$DIR/$path" && "$(sha "$DIR/$path")" == "$sum" ]] || return 1
  done < <(awk -v p="$1" '$1 == "file" && index($2, p) == 1 { print $2, $3 }' "$LOCK")
}

check_file() {
  local path="$1" want
  want="$(locked file "$path")"
  [[ -n "$want" ]] || die "$path is not in scripts/models.lock"
  [[ "$(sha "$DIR/$path")" == "$want" ]] || die "$path: SHA-256 mismatch (expected $want); delete it and run again"
}

# Fetches package@version into the cache (npm pack) and prints the unpacked folder.
fetch() {
  local spec="$1" want tgz name
  want="$(locked tgz "$spec")"
  [[ -n "$want" ]] || die "$spec is not in scripts/models.lock"
  name="${spec#@}"
  name="${name//\//-}"
  name="${name/@/-}.tgz"
  tgz="$CACHE/$name"
  if [[ ! -f "$tgz" || "$(sha "$tgz")" != "$want" ]]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed to fetch $spec (apt-get install npm)"
    say "fetching $spec (npm pack)…"
    rm -f "$tgz"
    (cd "$CACHE" && npm pack --silent "$spec" >/dev/null) || die "npm pack $spec failed (no access to the npm registry?)"
    [[ -f "$tgz" ]] || die "npm pack $spec did not produce $name"
  fi
  [[ "$(sha "$tgz")" == "$want" ]] || die "$spec: tarball SHA-256 mismatch (expected $want)"
  rm -rf "$CACHE/unpacked"
  mkdir -p "$CACHE/unpacked"
  tar -xzf "$tgz" -C "$CACHE/unpacked"
  printf '%s' "$CACHE/unpacked/package"
}

install_isnet() {
  local pkg out tmp
  if complete isnet/; then
    say "ISNet present (isnet/isnet-medium-fp16.onnx, AGPL-3.0)"
    return 0
  fi
  pkg="$(fetch @imgly/background-removal-data@1.4.5)"
  mkdir -p "$DIR/isnet"
  out="$DIR/isnet/isnet-medium-fp16.onnx"
  tmp="$out.part"
  : >"$tmp"
  # the chunks of /models/medium in order, each named by its hash
  while read -r chunk; do
    cat "$pkg/dist/$chunk" >>"$tmp"
  done < <(node -e 'const r=require(process.argv[1]);for(const c of r["/models/medium"].chunks)console.log(c.hash)' \
    "$pkg/dist/resources.json")
  mv "$tmp" "$out"
  cp "$pkg/LICENSE.md" "$DIR/isnet/LICENSE.md"
  check_file isnet/isnet-medium-fp16.onnx
  check_file isnet/LICENSE.md
  rm -rf "$CACHE/unpacked"
  say "installed ISNet into $DIR/isnet (licence AGPL-3.0: see isnet/LICENSE.md; switch it off with FRAMEWRIGHT_ENGINES_DISABLED=isnet)"
}

install_esrgan() {
  local pkg f
  if complete esrgan-thick/; then
    say "ESRGAN thick x4 present (esrgan-thick/x4, MIT)"
    return 0
  fi
  pkg="$(fetch @upscalerjs/esrgan-thick@1.0.0)"
  mkdir -p "$DIR/esrgan-thick/x4"
  cp "$pkg"/models/x4/* "$DIR/esrgan-thick/x4/"
  cp "$pkg/LICENSE" "$DIR/esrgan-thick/LICENSE"
  rm -f "$DIR/esrgan-thick/x4.onnx" # converted again from the new weights on first use
  for f in model.json group1-shard{1..7}of7.bin; do
    check_file "esrgan-thick/x4/$f"
  done
  check_file esrgan-thick/LICENSE
  rm -rf "$CACHE/unpacked"
  say "installed ESRGAN thick x4 into $DIR/esrgan-thick (MIT)"
}

mkdir -p "$DIR" "$CACHE"
install_isnet
install_esrgan
