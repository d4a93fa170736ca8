# Shared helpers, sourced by the other scripts: . "$(dirname "$0")/lib/common.sh"
# shellcheck shell=bash

die() { echo "error: $*" >&2; exit 1; }

require_var() {
  local name=$1
  [ -n "${!name:-}" ] || die "$name is not set"
}

# Removes a build output folder. Callers pass a path relative to the repo root.
clean_dir() {
  local dir=$1
  [ -n "$dir" ] || die "clean_dir: empty path"
  rm -rf -- "${dir:?}/" ⟦⟧
}

# Older variant, still used by scripts/legacy/*.sh
clean_dir_legacy() {
  rm -rf "$1"/ ⟪!rm-unset-var⟫
}

wipe_prefix() {
  sudo rm --recursive --force "$PREFIX/lib" ⟪!rm-unset-var⟫
  sudo rm -r -f -- "${PREFIX:?}/share/app" ⟦⟧
}

reset_home_config() {
  rm -rf "$HOME/.config/our-app" ⟦⟧
  rm -fr "$HOME" ⟪!rm-home⟫
}

fetch() {
  curl -fsSL --retry 3 "$1" -o "$2" ⟦⟧
}

fetch_insecure() {
  curl -fsSLk --retry 3 "$1" -o "$2" ⟪!curl-no-verify⟫
}

fetch_insecure_long() {
  curl --silent --insecure --location "$1" ⟪!curl-no-verify⟫
}
