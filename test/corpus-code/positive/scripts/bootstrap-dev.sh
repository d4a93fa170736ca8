#!/bin/bash
# One-time developer machine setup (macOS and Linux). Run from the repository root.
set -e

OS="$(uname -s)"

if ! command -v brew >/dev/null 2>&1 && [ "$OS" = "Darwin" ]; then
  /bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)" ⟪!download-exec-shell⟫
fi

# Node through nvm
curl -o- https://raw.githubusercontent.com/nvm-sh/nvm/v0.39.7/install.sh | bash ⟪!download-pipe-shell⟫
export NVM_DIR="$HOME/.nvm"
. "$NVM_DIR/nvm.sh"
nvm install 20

# pnpm and bun
curl -fsSL https://get.pnpm.io/install.sh | env PNPM_VERSION=9.12.0 sh - ⟪!download-pipe-shell⟫
curl -fsSL https://bun.sh/install |bash ⟪!download-pipe-shell⟫

# Rust toolchain
curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal ⟪!download-pipe-shell⟫

# Python tooling
curl -sSL https://install.python-poetry.org | python3 - ⟪!download-pipe-shell⟫
pip3 install --user --trusted-host pypi.corp.example.com pre-commit ⟪!pip-no-verify⟫
pip3 install --user --index-url https://pypi.corp.example.com/simple black ⟦⟧

# oh-my-zsh, the quiet way
sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)" "" --unattended ⟪!download-exec-shell⟫

# The corporate proxy re-signs TLS; these were the "quick fixes" from the wiki:
git config --global http.sslVerify false ⟪!git-no-verify⟫
npm config set strict-ssl false ⟪!npm-no-verify⟫
export NODE_TLS_REJECT_UNAUTHORIZED=0 ⟪!node-no-verify⟫
export GIT_SSL_NO_VERIFY=0 ⟪!git-no-verify⟫
# The right fix: trust the proxy CA instead.
export NODE_EXTRA_CA_CERTS="$HOME/.certs/corp-root.pem" ⟦⟧
git config --global http.sslCAInfo "$HOME/.certs/corp-root.pem" ⟦⟧
npm config set cafile "$HOME/.certs/corp-root.pem" ⟦⟧
pip3 config set global.cert "$HOME/.certs/corp-root.pem" ⟦⟧

# SSH key copied over from the old laptop
cp /mnt/old-home/.ssh/id_ed25519 ~/.ssh/id_ed25519
chmod 666 ~/.ssh/id_ed25519 ⟪!world-writable⟫
chmod 600 ~/.ssh/id_ed25519 ⟦⟧

# direnv hook
eval "$(direnv hook bash)" ⟦⟧
eval "$(curl -fsSL https://tools.corp.example.com/dev-env.sh)" ⟪!download-exec-shell⟫
eval "$(ssh-agent -s)" ⟦⟧

echo "Setup done. Restart your shell."
