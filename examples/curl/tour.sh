#!/usr/bin/env bash
# A tour of the REST API with curl and jq, against a running server: upload an image, upscale it
# while following the execution's Server-Sent Events stream, speak a sentence with text-to-speech,
# publish the result with a public preview and fetch its embed page, then download everything.
# Builds on scripts/walkthrough.sh (the README's walkthrough). Exits non-zero at the first failure.
#
# Usage:   VIDEOGEN_API_KEY=<key> [VIDEOGEN_BASE_URL=http://127.0.0.1:8080] examples/curl/tour.sh
#          or: ./framewright example curl
# Options: OUT_DIR  where the files are written (default ./curl-tour-out)
# Needs:   curl, jq, ffmpeg (apt-get install -y curl jq ffmpeg)
set -euo pipefail

VG="${VIDEOGEN_BASE_URL:-http://127.0.0.1:8080}"
VG="${VG%/}"
KEY="${VIDEOGEN_API_KEY:?set VIDEOGEN_API_KEY to an API key}"
OUT_DIR="${OUT_DIR:-curl-tour-out}"
mkdir -p "$OUT_DIR"
AUTH=(-H "Authorization: Bearer $KEY")
JSON=(-H 'Content-Type: application/json')

fail() {
  printf 'tour: FAILED: %s\n' "$*" >&2
  exit 1
}
for tool in curl jq ffmpeg; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is required (apt-get install -y curl jq ffmpeg)"
done

# until_terminal EXEC_ID: follows GET /v1/tools/executions/{id}/events until the terminal event and
# prints each event; the last data line is the final execution.
follow() {
  curl -sS -N --max-time 300 "${AUTH[@]}" "$VG/v1/tools/executions/$1/events" \
    | while IFS= read -r line; do
      case "$line" in
        event:*) printf '    %s' "${line#event: }" ;;
        data:*)
          printf ' %s %s%%\n' "$(jq -r .status <<<"${line#data: }")" "$(jq -r .progressPercentage <<<"${line#data: }")"
          echo "${line#data: }" >"$OUT_DIR/last-event.json"
          ;;
      esac
    done
  jq -e '.status == "succeeded"' "$OUT_DIR/last-event.json" >/dev/null || fail "execution $1: $(cat "$OUT_DIR/last-event.json")"
}

echo "==> who am I"
curl -sS -f "${AUTH[@]}" "$VG/v1/me" | jq -c .

echo "==> upload an image"
ffmpeg -v error -y -f lavfi -i testsrc=size=320x240 -frames:v 1 "$OUT_DIR/input.png"
UPLOAD=$(curl -sS -f "${AUTH[@]}" "${JSON[@]}" -d '{"displayName":"input.png"}' "$VG/v1/files/upload")
FILE_ID=$(jq -r .fileId <<<"$UPLOAD")
curl -sS -f -T "$OUT_DIR/input.png" "$(jq -r .uploadUrl <<<"$UPLOAD")"
for _ in $(seq 1 120); do
  STATUS=$(curl -sS -f "${AUTH[@]}" "$VG/v1/files/$FILE_ID" | jq -r .downloadSource.status)
  [[ "$STATUS" == ready ]] && break
  [[ "$STATUS" == failed ]] && fail "upload failed"
  sleep 0.5
done
[[ "$STATUS" == ready ]] || fail "upload not ready"
echo "    $FILE_ID ready"

echo "==> upscale it, following the event stream"
EXEC_ID=$(curl -sS -f "${AUTH[@]}" "${JSON[@]}" -H "Idempotency-Key: tour-upscale-$FILE_ID" \
  -d "{\"imageStorageFileId\":\"$FILE_ID\"}" "$VG/v1/tools/upscale-image" | jq -r .toolExecutionId)
follow "$EXEC_ID"
BIG_ID=$(jq -r '.results[0].fileId' "$OUT_DIR/last-event.json")
curl -sS -f -o "$OUT_DIR/upscaled.png" "$(jq -r '.results[0].file.downloadSource.url' "$OUT_DIR/last-event.json")"
echo "    $OUT_DIR/upscaled.png ($(jq -r '.results[0].file.downloadSource | "\(.width)x\(.height)"' "$OUT_DIR/last-event.json"))"

echo "==> text-to-speech"
VOICE=$(curl -sS -f "${AUTH[@]}" "$VG/v1/resources/tts-voices" | jq -r '.ttsVoices[0].voiceId')
SPEECH_ID=$(curl -sS -f "${AUTH[@]}" "${JSON[@]}" \
  -d "{\"ttsText\":\"Your picture is ready: 640 by 480 pixels.\",\"voiceId\":\"$VOICE\"}" \
  "$VG/v1/tools/text-to-speech" | jq -r .toolExecutionId)
follow "$SPEECH_ID"
curl -sS -f -o "$OUT_DIR/speech.mp3" "$(jq -r '.results[0].file.downloadSource.url' "$OUT_DIR/last-event.json")"
echo "    $OUT_DIR/speech.mp3 ($VOICE)"

echo "==> public preview and embed page"
PLAYBACK=$(curl -sS -f -X POST "${AUTH[@]}" "$VG/v1/files/$BIG_ID/enable-public-preview" | jq -r .publicPlaybackId)
curl -sS -f -o "$OUT_DIR/embed.html" "$VG/embed/$PLAYBACK"
echo "    <iframe src=\"$VG/embed/$PLAYBACK\"></iframe>"
curl -sS -f -X POST "${AUTH[@]}" "$VG/v1/files/$BIG_ID/disable-public-preview" >/dev/null
CODE=$(curl -sS -o /dev/null -w '%{http_code}' "$VG/embed/$PLAYBACK")
[[ "$CODE" == 404 ]] || fail "embed page still public after disable ($CODE)"
echo "    disabled: the embed page now answers 404"

echo "tour: OK"
