#!/usr/bin/env bash
# The README's "Try it with curl" walkthrough as one runnable check, against a running server:
# make a PNG, upload it, wait until it is ready, upscale it, download the result and verify that
# it is exactly twice as wide and twice as high. Exits non-zero at the first failed step.
#
# Usage:   KEY=<api key> [VG=http://127.0.0.1:8080] scripts/walkthrough.sh
#          (KEY falls back to FRAMEWRIGHT_BOOTSTRAP_API_KEY)
# Options: OUT_DIR       where cat.png and upscaled.png are written (default: a new temp folder)
#          FILE_TIMEOUT  seconds to wait for the upload to be ready (default 120)
#          EXEC_TIMEOUT  seconds to wait for the execution to succeed (default 300)
# Needs:   curl, jq, ffmpeg, ffprobe (apt-get install -y curl jq ffmpeg)
set -euo pipefail

VG="${VG:-http://127.0.0.1:8080}"
VG="${VG%/}"
KEY="${KEY:-${FRAMEWRIGHT_BOOTSTRAP_API_KEY:-}}"
FILE_TIMEOUT="${FILE_TIMEOUT:-120}"
EXEC_TIMEOUT="${EXEC_TIMEOUT:-300}"

step() { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
fail() {
  printf 'walkthrough: FAILED: %s\n' "$*" >&2
  exit 1
}

for tool in curl jq ffmpeg ffprobe; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is required (apt-get install -y curl jq ffmpeg)"
done
[[ -n "$KEY" ]] || fail "set KEY to an API key (printed by ./framewright serve at first start)"

OUT_DIR="${OUT_DIR:-$(mktemp -d -t framewright-walkthrough.XXXXXX)}"
mkdir -p "$OUT_DIR"
BODY="$(mktemp -t framewright-walkthrough-body.XXXXXX)"
trap 'rm -f "$BODY"' EXIT

# api METHOD PATH [JSON] EXPECTED_STATUS: calls the API, leaves the body in $RESP, checks the status.
RESP=""
api() {
  local method="$1" path="$2" json="$3" expected="$4" code
  local args=(-sS -o "$BODY" -w '%{http_code}' --max-time 30 -X "$method"
    -H "Authorization: Bearer $KEY")
  if [[ -n "$json" ]]; then
    args+=(-H 'Content-Type: application/json' -d "$json")
  fi
  code="$(curl "${args[@]}" "$VG$path")" || fail "$method $VG$path: curl failed (see above)"
  RESP="$(cat "$BODY")"
  [[ "$code" == "$expected" ]] || fail "$method $path answered $code, expected $expected: $RESP"
}

dimensions() {
  ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0:s=x "$1"
}

step "0. Server at $VG is up"
curl -sS -f --max-time 10 "$VG/healthz" >/dev/null || fail "GET $VG/healthz failed; start the server with ./framewright serve"
info "GET /healthz ok"

step "1. Make a test image: ffmpeg -f lavfi -i testsrc=size=320x240 -frames:v 1 cat.png"
ffmpeg -v error -y -f lavfi -i testsrc=size=320x240 -frames:v 1 "$OUT_DIR/cat.png"
IN_DIMS="$(dimensions "$OUT_DIR/cat.png")"
info "$OUT_DIR/cat.png is $IN_DIMS"

step "2. POST /v1/files/upload"
api POST /v1/files/upload '{"displayName":"cat.png"}' 200
info "$RESP"
FILE_ID="$(jq -r '.fileId // empty' <<<"$RESP")"
UPLOAD_URL="$(jq -r '.uploadUrl // empty' <<<"$RESP")"
[[ "$FILE_ID" == vg_file_* ]] || fail "no vg_file_ id in the response"
[[ -n "$UPLOAD_URL" ]] || fail "no uploadUrl in the response"

step "3. PUT the bytes to the upload URL (no API key)"
code="$(curl -sS -o "$BODY" -w '%{http_code}' --max-time 60 -T "$OUT_DIR/cat.png" "$UPLOAD_URL")" ||
  fail "PUT $UPLOAD_URL: transfer failed"
[[ "$code" == 200 ]] || fail "PUT $UPLOAD_URL answered $code, expected 200: $(cat "$BODY")"
info "PUT answered 200"

step "4. GET /v1/files/$FILE_ID until downloadSource.status is ready (timeout ${FILE_TIMEOUT}s)"
deadline=$((SECONDS + FILE_TIMEOUT))
while :; do
  api GET "/v1/files/$FILE_ID" '' 200
  status="$(jq -r '.downloadSource.status // empty' <<<"$RESP")"
  info "downloadSource.status: ${status:-<none>}"
  case "$status" in
    ready) break ;;
    failed) fail "the upload failed: $RESP" ;;
  esac
  ((SECONDS < deadline)) || fail "the upload was not ready after ${FILE_TIMEOUT}s: $RESP"
  sleep 1
done

step "5. POST /v1/tools/upscale-image"
api POST /v1/tools/upscale-image "{\"imageStorageFileId\":\"$FILE_ID\"}" 202
info "$RESP"
EXEC_ID="$(jq -r '.toolExecutionId // empty' <<<"$RESP")"
[[ "$EXEC_ID" == vg_exec_* ]] || fail "no vg_exec_ id in the response"

step "6. GET /v1/tools/executions/$EXEC_ID until succeeded (timeout ${EXEC_TIMEOUT}s)"
deadline=$((SECONDS + EXEC_TIMEOUT))
while :; do
  api GET "/v1/tools/executions/$EXEC_ID" '' 200
  status="$(jq -r '.status // empty' <<<"$RESP")"
  info "status: ${status:-<none>} ($(jq -r '.progressPercentage // "?"' <<<"$RESP")%)"
  case "$status" in
    succeeded) break ;;
    failed | cancelled) fail "the execution ended $status: $(jq -c '.error' <<<"$RESP")" ;;
  esac
  ((SECONDS < deadline)) || fail "the execution did not finish within ${EXEC_TIMEOUT}s: $RESP"
  sleep 1
done
DOWNLOAD_URL="$(jq -r '.results[0].file.downloadSource.url // empty' <<<"$RESP")"
[[ -n "$DOWNLOAD_URL" ]] || fail "no results[0].file.downloadSource.url in: $RESP"
info "result: $(jq -r '.results[0].fileId' <<<"$RESP"), signed URL: $DOWNLOAD_URL"

step "7. Download the result and check it is exactly twice as large"
code="$(curl -sS -o "$OUT_DIR/upscaled.png" -w '%{http_code}' --max-time 120 "$DOWNLOAD_URL")" ||
  fail "GET $DOWNLOAD_URL: transfer failed"
[[ "$code" == 200 ]] || fail "GET $DOWNLOAD_URL answered $code, expected 200"
OUT_DIMS="$(dimensions "$OUT_DIR/upscaled.png")" || fail "ffprobe cannot read the download"
in_w="${IN_DIMS%x*}" in_h="${IN_DIMS#*x}"
want="$((in_w * 2))x$((in_h * 2))"
if command -v file >/dev/null 2>&1; then
  info "$(file -b "$OUT_DIR/upscaled.png")"
fi
[[ "$OUT_DIMS" == "$want" ]] || fail "upscaled.png is $OUT_DIMS, expected $want"
info "$OUT_DIR/upscaled.png is $OUT_DIMS (input $IN_DIMS)"

printf '\nwalkthrough: OK: %s upscaled to %s, files in %s\n' "$IN_DIMS" "$OUT_DIMS" "$OUT_DIR"
