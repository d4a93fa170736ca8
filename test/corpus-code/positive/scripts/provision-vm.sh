#!/bin/sh
# Provision a fresh CentOS/Ubuntu build agent. Runs as root from cloud-init.
set -eu

DATA_DEV=/dev/xvdf
APP_USER=builder

# SELinux kept blocking the agent's socket.
setenforce 0 ⟪!selinux-off⟫
sed -i 's/^SELINUX=enforcing/SELINUX=disabled/' /etc/selinux/config ⟪!selinux-off⟫
getenforce ⟦⟧
sestatus | head -n 3 ⟦⟧

# Networking
iptables -F ⟪!firewall-off⟫
iptables -t nat --flush ⟪!firewall-off⟫
ip6tables -F ⟪!firewall-off⟫
systemctl disable --now firewalld || true ⟪!firewall-off⟫
ufw --force disable ⟪!firewall-off⟫
ufw allow 22/tcp ⟦⟧
iptables -A INPUT -p tcp --dport 8443 -j ACCEPT ⟦⟧
iptables -L -n -v ⟦⟧
systemctl restart firewalld ⟦⟧

# Data volume
mkfs.xfs -f /dev/xvdf ⟪!disk-format⟫
truncate -s 2G /data/scratch.img && mkfs.ext4 -F /data/scratch.img ⟦⟧
mkdir -p /data
mount /dev/xvdf /data ⟦⟧

# Workspace permissions: the agent and the jobs run as different users.
chmod -R 777 /data ⟪!world-writable⟫
chmod 777 /var/run/docker.sock ⟪!world-writable⟫
chown -R "$APP_USER":"$APP_USER" / ⟪!chown-root⟫
chown -R "$APP_USER":"$APP_USER" /data ⟦⟧
chmod 755 /opt/agent/bin/agent ⟦⟧
chmod 2775 /data/shared ⟦⟧
chmod -R g+w /data/shared ⟦⟧

# Agent install
wget --no-check-certificate -O /tmp/agent.tgz https://artifacts.corp.example.com/agent/latest.tgz ⟪!wget-no-verify⟫
wget -q --ca-certificate=/etc/pki/corp-root.pem -O /tmp/agent.sha256 https://artifacts.corp.example.com/agent/latest.tgz.sha256 ⟦⟧
tar -xzf /tmp/agent.tgz -C /opt/agent
curl -k https://artifacts.corp.example.com/agent/config.json -o /opt/agent/config.json ⟪!curl-no-verify⟫
curl --cacert /etc/pki/corp-root.pem -fsSLo /opt/agent/ca.json https://artifacts.corp.example.com/agent/ca.json ⟦⟧

echo "provisioned" > /var/log/provision.done
