#!/usr/bin/env bash
# Writes the Raspberry Pi image built by `make image` to an SD card.
# Usage: sudo ./scripts/flash-sd.sh [image]
set -euo pipefail

IMAGE="${1:-out/pi-kiosk.img.xz}"

lsblk -d -o NAME,SIZE,MODEL,TRAN ⟦⟧
echo "Writing $IMAGE — check the device list above first!"

case "$(uname -s)" in
  Darwin)
    diskutil unmountDisk /dev/disk4
    xzcat "$IMAGE" | sudo dd of=/dev/rdisk4 bs=4m ⟪!disk-dd⟫
    ;;
  Linux)
    umount /dev/sdb1 /dev/sdb2 2>/dev/null || true ⟦⟧
    xzcat "$IMAGE" | sudo dd of=/dev/sdb bs=4M conv=fsync status=progress ⟪!disk-dd⟫
    ;;
esac

# Older notes kept for the team:
#   dd if=pi-kiosk.img of=/dev/mmcblk0 bs=4M  (built-in card reader) ⟦⟧
#   xzcat pi-kiosk.img.xz > /dev/sdb ⟦⟧

# Alternative writers that were tried:
sudo dd if=out/pi-kiosk.img of=/dev/mmcblk0 bs=4M conv=fsync ⟪!disk-dd⟫
xzcat "$IMAGE" | sudo tee /dev/sdb >/dev/null ⟪!disk-redirect⟫
pv out/pi-kiosk.img > /dev/sdb ⟪!disk-redirect⟫
cat out/boot.img >/dev/mmcblk0p1 ⟪!disk-redirect⟫

# Zero the card before re-use
sudo dd if=/dev/zero of=/dev/sdb bs=1M count=64 ⟪!disk-dd⟫
sudo wipefs -a /dev/sdb ⟪!disk-format⟫
sudo mkfs.vfat -F 32 -n BOOT /dev/sdb1 ⟪!disk-format⟫

# Backups go to files, never to devices
sudo dd if=/dev/sdb of=backups/card-$(date +%F).img bs=4M status=progress ⟦⟧
dd if=/dev/zero of=out/blank.img bs=1M count=512 ⟦⟧
dd if=/dev/urandom bs=32 count=1 2>/dev/null | base64 ⟦⟧
sync > /dev/null 2>&1 ⟦⟧
echo "flashed" >/dev/stderr ⟦⟧
