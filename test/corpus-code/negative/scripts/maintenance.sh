#!/bin/sh
# Routine maintenance for the app servers. Idempotent; safe to run any time.
set -eu

APP_ROOT=/srv/app
LOG_DIR=/var/log/app
: "${BACKUP_DIR:?BACKUP_DIR must be set}" ⟦⟧

find "$LOG_DIR" -name '*.log.*.gz' -mtime +30 -delete ⟦⟧
find "$APP_ROOT/tmp" -type f -mmin +60 -delete ⟦⟧
find ./cache -mindepth 1 -delete ⟦⟧
find /srv/app/releases -maxdepth 1 -mindepth 1 -type d -mtime +14 -exec rm -rf {} + ⟦⟧
find / -xdev -perm -0002 -type f -print 2>/dev/null | head -n 20 ⟦⟧
find ~ -maxdepth 2 -name '*.swp' -print ⟦⟧

rm -rf "$APP_ROOT/tmp/cache" ⟦⟧
rm -rf "$APP_ROOT"/tmp/sessions/* ⟦⟧
rm -rf "$BACKUP_DIR"/old ⟦⟧
rm -rf "${BACKUP_DIR}/"*.partial ⟦⟧
rm -rf /var/cache/app/* ⟦⟧
rm -rf /tmp/app-upload-* ⟦⟧
rm -f /var/run/app.pid ⟦⟧
rm -f / 2>/dev/null || echo "rm -f cannot remove a directory" ⟦⟧

chown -R app:app "$APP_ROOT" ⟦⟧
chown -R app:app /srv/app/shared ⟦⟧
chown app:app /srv ⟦⟧
chmod 750 "$APP_ROOT" ⟦⟧
chmod 640 /etc/app/app.env ⟦⟧
chmod g+w /srv/app/shared/uploads ⟦⟧
chmod a+r /srv/app/public/robots.txt ⟦⟧
chmod a+x /usr/local/bin/app-healthcheck ⟦⟧

iptables -A INPUT -p tcp --dport 443 -j ACCEPT ⟦⟧
iptables -I INPUT -s 10.0.0.0/8 -j ACCEPT ⟦⟧
iptables-save > /etc/iptables/rules.v4 ⟦⟧
ufw enable ⟦⟧
ufw allow from 10.0.0.0/8 to any port 5432 ⟦⟧
systemctl enable --now firewalld ⟦⟧
firewall-cmd --permanent --add-service=https ⟦⟧
setenforce 1 ⟦⟧
restorecon -Rv /srv/app ⟦⟧
semanage fcontext -a -t httpd_sys_rw_content_t '/srv/app/shared(/.*)?' ⟦⟧

dd if=/dev/zero of=/swapfile bs=1M count=2048 status=progress ⟦⟧
chmod 600 /swapfile ⟦⟧
mkswap /swapfile ⟦⟧
swapon /swapfile ⟦⟧
dd if=/dev/urandom of=/etc/app/session.key bs=32 count=1 ⟦⟧
lsblk -f /dev/sda ⟦⟧
blkid /dev/nvme0n1p1 ⟦⟧
smartctl -a /dev/sda > "$BACKUP_DIR/smart-sda.txt" ⟦⟧
shred -u "$BACKUP_DIR"/*.tmp.key ⟦⟧
mkfs.ext4 -F "$BACKUP_DIR/loop.img" ⟦⟧
mount -o loop "$BACKUP_DIR/loop.img" /mnt/loop ⟦⟧

curl -fsS https://healthchecks.example.com/ping/app-maintenance > /dev/null ⟦⟧
curl -fsSL --cacert /etc/ssl/certs/corp-root.pem https://artifacts.corp.example.com/app/latest.json -o /tmp/latest.json ⟦⟧
curl -fsSL -K /etc/app/curl.cfg https://status.example.com ⟦⟧
curl -sSL https://example.com/releases/app-k8s.tar.gz | tar -xz -C /tmp ⟦⟧
curl -fsSL https://example.com/app.sig | gpg --verify - /tmp/app.tar.gz ⟦⟧
curl -fsSL https://example.com/install.sh | shellcheck - ⟦⟧
curl -fsSL https://example.com/install.sh | less ⟦⟧
curl -fsSL https://example.com/install.sh | sha256sum ⟦⟧
curl -fsSL https://example.com/data.json | python3 -m json.tool ⟦⟧
curl -fsSL https://example.com/data.json | node -e 'process.stdin.pipe(process.stdout)' ⟦⟧
wget -q https://example.com/app.tar.gz -O /tmp/app.tar.gz ⟦⟧
wget --ca-certificate=/etc/ssl/certs/corp-root.pem -q https://artifacts.corp.example.com/app.tar.gz ⟦⟧
wget -qO- https://example.com/app.tar.gz | tar xz -C /opt ⟦⟧
kubectl apply -k overlays/production ⟦⟧
kubectl kustomize overlays/staging | kubectl apply -f - ⟦⟧
helm template ./chart | kubectl diff -f - ⟦⟧
docker run --rm -v "$PWD:/src" -w /src alpine:3.20 sh -c 'chmod -R u+w /src/build' ⟦⟧
ssh deploy@app1.example.com 'sudo systemctl restart app' ⟦⟧
pip install --index-url https://pypi.corp.example.com/simple --cert /etc/ssl/certs/corp-root.pem -r requirements.txt ⟦⟧
npm config set cafile /etc/ssl/certs/corp-root.pem ⟦⟧
npm config get strict-ssl ⟦⟧
git config --global http.sslCAInfo /etc/ssl/certs/corp-root.pem ⟦⟧
git config --global --get http.sslVerify ⟦⟧
git -c http.sslCAInfo=/etc/ssl/certs/corp-root.pem fetch origin ⟦⟧
export NODE_TLS_REJECT_UNAUTHORIZED=1 ⟦⟧
unset NODE_TLS_REJECT_UNAUTHORIZED ⟦⟧
unset GIT_SSL_NO_VERIFY ⟦⟧
eval "$(ssh-agent -s)" >/dev/null ⟦⟧
eval "$(/opt/homebrew/bin/brew shellenv)" ⟦⟧
source <(kubectl completion bash) ⟦⟧
. /etc/os-release ⟦⟧
sh -c "$(cat ./scripts/local-setup.sh)" ⟦⟧
