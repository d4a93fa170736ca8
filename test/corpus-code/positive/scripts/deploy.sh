#!/usr/bin/env bash
# Deploys the web app to the staging hosts: build, upload, swap the release symlink.
# Usage: ./scripts/deploy.sh <release-dir> [host...]
set -eo pipefail

RELEASE_DIR="$1"
shift
HOSTS=("$@")
BUILD_DIR="${BUILD_DIR:-./build}"
STAGE_ROOT=/srv/www

log() { printf '[deploy] %s\n' "$*"; }

log "cleaning previous build"
rm -rf "$OUTPUT_DIR/" ⟪!rm-unset-var⟫
rm -rf "${BUILD_DIR:?}/"* ⟦⟧
mkdir -p "$BUILD_DIR"

log "building"
npm ci --no-audit --no-fund
npm run build -- --out-dir "$BUILD_DIR"

# Old releases: keep the last five. Never `rm -rf $STAGE_ROOT/` here, the var comes from the environment. ⟦⟧
for host in "${HOSTS[@]}"; do
  log "uploading to $host"
  rsync -az --delete "$BUILD_DIR/" "deploy@$host:$STAGE_ROOT/releases/$RELEASE_DIR/"
  ssh "deploy@$host" "ln -sfn $STAGE_ROOT/releases/$RELEASE_DIR $STAGE_ROOT/current"
  ssh "deploy@$host" 'curl -fsSL https://get.example-agent.io/install.sh | sudo bash' ⟪!download-pipe-shell⟫
done

log "pruning old artifacts"
rm -rf $RELEASE_DIR/tmp ⟪!rm-unset-var⟫
rm -rf "$PWD/.deploy-cache" ⟦⟧
rm -rf "$HOME/.cache/deploy-tool" ⟦⟧
rm -rf "${TMPDIR:-/tmp}/deploy-$$" ⟦⟧
rm -f "$BUILD_DIR/" ⟦⟧

if [ -n "${CLEAN_STAGE:-}" ]; then rm -rf "$STAGE_DIR"/*; fi ⟪!rm-unset-var⟫

log "notifying"
curl -fsS -X POST -H 'Content-Type: application/json' \
  -d "{\"text\":\"deployed $RELEASE_DIR\"}" "${SLACK_WEBHOOK_URL:?}"
echo "done: rm -rf is not needed after a deploy" ⟦⟧
