#!/bin/sh
# nightly backup to the NAS and to Backblaze
DATE=$(date +%F)
pg_dump "⟪postgres-url|postgres://backup:{{alnum:22}}@10.0.3.7/prod⟫" | gzip > /tmp/prod-$DATE.sql.gz
lftp -u backup,⟪cli-password-flag|{{alnum:16}}⟫ sftp://nas.home.arpa -e "put /tmp/prod-$DATE.sql.gz; bye"
curl -T /tmp/prod-$DATE.sql.gz ⟪ftp-url|ftp://nightly:{{alnum:12}}@ftp.acme-corp.net/backups/⟫
curl -fsS ⟪https-basic-auth-url|https://admin:{{alnum:16}}@nexus.acme-corp.net/service/rest/v1/status⟫
B2_APPLICATION_KEY_ID=⟦{{hex:25}}⟧ # ⟦⟧
B2_APPLICATION_KEY=⟪backblaze-application-key|K00{{base64:28}}⟫
export RESTIC_PASSWORD='⟪generic-password|{{alnum:10}}-{{alnum:10}}⟫'
export RESTIC_REPOSITORY="s3:s3.amazonaws.com/acme-backups"
restic backup /srv/data --tag nightly
