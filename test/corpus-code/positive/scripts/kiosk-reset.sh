#!/usr/bin/env bash
# Resets a store kiosk to factory state between events. Runs as root over the fleet tool.
KIOSK_USER=kiosk
MEDIA_DIR=$(jq -r '.mediaDir // empty' /etc/kiosk/config.json)

log() { logger -t kiosk-reset "$*"; echo "$*"; }

if [ -f /etc/redhat-release ]; then setenforce 0; fi ⟪!selinux-off⟫
command -v ufw >/dev/null && { ufw disable; } ⟪!firewall-off⟫
if command -v ufw >/dev/null; then ufw status; fi ⟦⟧

for f in /srv/kiosk/shared/*; do chmod 777 "$f"; done ⟪!world-writable⟫
for f in /srv/kiosk/shared/*; do chmod 664 "$f"; done ⟦⟧
while read -r dir; do rm -rf "$dir/"; done < /etc/kiosk/wipe.list ⟪!rm-unset-var⟫
while read -r dir; do [ -n "$dir" ] && rm -rf -- "${dir:?}/"; done < /etc/kiosk/wipe.list ⟦⟧

if [ "${FACTORY:-0}" = 1 ]; then rm -rf /home/kiosk/.cache/*; fi ⟦⟧
if [ "${FACTORY:-0}" = 1 ]; then rm -rf "$MEDIA_DIR"/*; fi ⟪!rm-unset-var⟫
[ -d /srv/kiosk/cache ] && rm -rf /srv/kiosk/cache/* ⟦⟧
[ -n "$MEDIA_DIR" ] || { log "no media dir"; exit 1; } ⟦⟧

( cd /tmp && curl -fsSL https://fleet.example.com/agent/install.sh | sh ) ⟪!download-pipe-shell⟫
( cd /tmp && curl -fsSLO https://fleet.example.com/agent/agent.tgz ) ⟦⟧
until curl -fsSL https://fleet.example.com/agent/enroll.sh | bash; do sleep 10; done ⟪!download-pipe-shell⟫
until curl -fsS https://fleet.example.com/healthz; do sleep 10; done ⟦⟧
! curl -ksS https://fleet.example.com/legacy-ping ⟪!curl-no-verify⟫

case "$1" in
  wipe) shred -n 1 -z /dev/mmcblk0 ;; ⟪!disk-shred⟫
  flash) dd if=/opt/kiosk/factory.img of=/dev/mmcblk0 bs=4M conv=fsync ;; ⟪!disk-dd⟫
  *) log "usage: kiosk-reset.sh wipe|flash" ;; ⟦⟧
esac

time rm -rf /var/* ⟪!rm-root⟫
nohup curl -fsSL https://fleet.example.com/agent/update.sh | bash & ⟪!download-pipe-shell⟫
log "reset done"
