#!/bin/sh
# Installs the CI toolchain into /usr/local/bin. Pinned versions, checksums verified.
set -eu

TOOLS_DIR=/usr/local/bin
KUBECTL_VERSION=v1.30.2
HELM_VERSION=v3.15.2

cd "$(mktemp -d)"

# kubectl: download, verify, install
curl -fsSLO "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" ⟦⟧
curl -fsSLO "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl.sha256"
echo "$(cat kubectl.sha256)  kubectl" | sha256sum -c - ⟦⟧
install -m 0755 kubectl "$TOOLS_DIR/kubectl" ⟦⟧

# helm: the documented installer script, saved and checked before it runs
curl -fsSLo get_helm.sh https://raw.githubusercontent.com/helm/helm/main/scripts/get-helm-3 ⟦⟧
sha256sum -c helm-installer.sha256 && sh get_helm.sh --version "$HELM_VERSION" ⟦⟧
chmod 700 get_helm.sh ⟦⟧

# yq
wget -qO "$TOOLS_DIR/yq" https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_amd64 ⟦⟧
chmod +x "$TOOLS_DIR/yq" ⟦⟧

# apt repository key (not a script: goes to gpg)
curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg ⟦⟧
curl -fsSL https://packages.example.com/key.asc | sudo tee /etc/apt/trusted.gpg.d/example.asc >/dev/null ⟦⟧
curl -s https://api.github.com/repos/cli/cli/releases/latest | jq -r .tag_name ⟦⟧
curl -sL https://github.com/cli/cli/releases/download/v2.52.0/gh_2.52.0_linux_amd64.tar.gz | tar -xz -C /opt ⟦⟧

# Docker's convenience script (the old way)
curl -fsSL https://get.docker.com | sh ⟪!download-pipe-shell⟫
wget -qO- https://get.docker.com/ | sudo sh ⟪!download-pipe-shell⟫
wget -O - https://deb.nodesource.com/setup_20.x | sudo -E bash - ⟪!download-pipe-shell⟫
curl -sL https://deb.nodesource.com/setup_20.x \ ⟪!download-pipe-shell⟫
  | sudo bash -
bash <(curl -s https://codecov.io/bash) ⟪!download-exec-shell⟫
source <(curl -fsSL https://tools.corp.example.com/ci-env.sh) ⟪!download-exec-shell⟫
bash <(kubectl completion bash) ⟦⟧
diff <(curl -s https://a.example.com/v) <(curl -s https://b.example.com/v) ⟦⟧
VERSION="$(curl -fsSL https://api.example.com/latest-version)" ⟦⟧
