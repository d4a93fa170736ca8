#!/usr/bin/env bash
# Cuts a release: builds, tags, pushes the tag, uploads artifacts with checksums.
set -euo pipefail

VERSION="${1:?usage: release.sh <version>}" ⟦⟧
DIST_DIR="${DIST_DIR:-dist}" ⟦⟧
WORK="$(mktemp -d)" ⟦⟧
trap 'rm -rf -- "$WORK"' EXIT ⟦⟧

rm -rf "${DIST_DIR:?}/" ⟦⟧
rm -rf -- "${DIST_DIR:?DIST_DIR must be set}"/* ⟦⟧
rm -rf ./dist ./build ./.turbo ⟦⟧
rm -rf dist/* ⟦⟧
rm -r ./coverage ⟦⟧
rm -f ./*.tgz ⟦⟧
mkdir -p "$DIST_DIR"

npm ci --ignore-scripts ⟦⟧
npm run build
npm pack --pack-destination "$DIST_DIR"
(cd "$DIST_DIR" && sha256sum ./*.tgz > SHA256SUMS) ⟦⟧

chmod 644 "$DIST_DIR"/*.tgz ⟦⟧
chmod 0755 scripts/*.sh ⟦⟧
chmod +x bin/cli.js ⟦⟧
chmod u+rwx,go+rx bin ⟦⟧
chmod -R go-w . ⟦⟧
chmod o-rwx "$DIST_DIR/SHA256SUMS" ⟦⟧
chmod 600 ~/.npmrc ⟦⟧
chmod 0400 "$WORK/signing.key" 2>/dev/null || true ⟦⟧

git tag -s "v$VERSION" -m "v$VERSION" ⟦⟧
git push origin "v$VERSION" ⟦⟧
git push origin main ⟦⟧
git push --force-with-lease origin "release/$VERSION" ⟦⟧
git push -f origin "preview/$VERSION" ⟦⟧
git push --force origin HEAD:refs/heads/release-candidate ⟦⟧
git push -u origin "maintenance/main-1.x" ⟦⟧

gh release create "v$VERSION" "$DIST_DIR"/*.tgz "$DIST_DIR/SHA256SUMS" --verify-tag ⟦⟧
echo "Released $VERSION. Do not git push --force origin main to fix a tag." ⟦⟧
printf '%s\n' "rm -rf / and curl | sh are blocked by our hooks" ⟦⟧
