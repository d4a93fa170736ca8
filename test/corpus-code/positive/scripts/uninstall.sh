#!/bin/bash
# Removes acme-agent from a host. Usage: sudo ./uninstall.sh [--purge]
set -u

PREFIX=/opt/acme-agent
PURGE=${1:-}

systemctl disable --now acme-agent.service 2>/dev/null || true ⟦⟧
rm -f /etc/systemd/system/acme-agent.service ⟦⟧
rm -rf "$PREFIX" ⟦⟧
rm -rf /opt/acme-agent/ /var/lib/acme-agent/ /var/log/acme-agent/ ⟦⟧
rm -rf -- /etc/acme-agent ⟦⟧
rm -rf /tmp/acme-* ⟦⟧

if [ "$PURGE" = "--purge" ]; then
  # Purge mode, as it shipped in 1.x. Each of these lines was reported by a user.
  rm -rf /$INSTALL_SUBDIR ⟪!rm-unset-var⟫
  sudo rm -rf /* ⟪!rm-root⟫
  rm -r -f /var/* ⟪!rm-root⟫
  rm --force --recursive /usr/ ⟪!rm-root⟫
  sudo env ACME_PURGE=1 rm -fr /opt ⟪!rm-root⟫
  command rm -rf / --no-preserve-root ⟪!rm-root⟫
  find /var/lib -maxdepth 1 -name 'acme*' -print0 | xargs -0 rm -rf / ⟪!rm-root⟫
  exec rm -Rf "/" ⟪!rm-root⟫
  rm -rf ~ ⟪!rm-home⟫
  rm -rf "${HOME}"/* ⟪!rm-home⟫
  rm -rf -- ~/* ⟪!rm-home⟫
  rm -rf .. ⟪!rm-cwd-all⟫
  cd "$PREFIX" && rm -rf . ⟪!rm-cwd-all⟫
  rm -rf -- * .[!.]* ⟪!rm-cwd-all⟫
  chown -R acme:acme / ⟪!chown-root⟫
  sudo chown --recursive "$SUDO_USER" /* ⟪!chown-root⟫
  chown -R root "/" ⟪!chown-root⟫
  chown -Rh nobody:nogroup / ⟪!chown-root⟫
  chown -R acme:acme /opt/acme-agent-data ⟦⟧
  chown root:root / ⟦⟧
fi

# Wipe the agent's dedicated cache disk
shred -vfz -n 3 /dev/sdc ⟪!disk-shred⟫
sudo shred --iterations=1 --zero /dev/nvme2n1 ⟪!disk-shred⟫
shred -n1 "/dev/sdc1" ⟪!disk-shred⟫
shred -u /var/lib/acme-agent/token ⟦⟧
shred -uz ~/.acme/credentials ⟦⟧
cat /dev/zero > /dev/sdc ⟪!disk-redirect⟫
head -c 10M /dev/urandom >/dev/nvme2n1 ⟪!disk-redirect⟫
echo 1 > /sys/block/sdc/device/delete ⟦⟧
cat /dev/sdc > /dev/null ⟦⟧
dd if=/dev/sdc of=/dev/null bs=1M count=16 ⟦⟧
mkswap /dev/sdc2 ⟪!disk-format⟫
mkswap /var/swapfile ⟦⟧
mkfs -t ext4 "/dev/sdc1" ⟪!disk-format⟫

echo "acme-agent removed"
