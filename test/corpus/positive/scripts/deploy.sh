#!/usr/bin/env bash
set -euo pipefail

# Deploy helper. Usage: ./deploy.sh <env>
ENVIRONMENT="${1:-staging}"
export AWS_ACCESS_KEY_ID="⟪aws-access-key-id|AKIA{{base32:16}}⟫"
export AWS_SECRET_ACCESS_KEY="⟪aws-secret-access-key|{{base64:40}}⟫"
export AWS_DEFAULT_REGION=eu-west-1
export GITHUB_TOKEN=⟪github-classic-pat|ghp_{{alnum:36}}⟫
export DIGITALOCEAN_ACCESS_TOKEN=⟪digitalocean-pat|dop_v1_{{hex:64}}⟫
export CLOUDFLARE_API_TOKEN=⟪cloudflare-api-token|{{base64url:40}}⟫
export VAULT_ADDR=https://vault.acme-corp.net:8200
export VAULT_TOKEN="⟪vault-token|hvs.{{base64url:90}}⟫"
export DB_PASSWORD="$(vault kv get -field=password secret/${ENVIRONMENT}/db)" # ⟦⟧
export PGPASSWORD=⟪generic-password|{{alnum:16}}⟫
export OP_SERVICE_ACCOUNT_TOKEN=⟪1password-service-account-token|ops_eyJzaWduSW5BZGRyZXNzIjoi{{base64:300}}⟫
export PLANETSCALE_SERVICE_TOKEN=⟪planetscale-token|pscale_tkn_{{base64url:43}}⟫
export TF_TOKEN_app_terraform_io="⟪terraform-cloud-token|{{alnum:14}}.atlasv1.{{base64url:67}}⟫"

mysql -h db.internal -u deploy --password=⟪cli-password-flag|{{alnum:14}}⟫ -e "select 1"
psql "⟪postgres-url|postgresql://deploy:{{alnum:20}}@db.internal:5432/app⟫" -c "select now()"
redis-cli -h cache.internal -a ⟪cli-password-flag|{{alnum:24}}⟫ ping
sshpass -p '⟪cli-password-flag|{{alnum:12}}⟫' ssh deploy@bastion.acme-corp.net 'uptime'

curl -fsSL -H "Authorization: token ⟪github-classic-pat|ghp_{{alnum:36}}⟫" https://api.github.com/repos/acme/api/releases/latest
curl -fsS -X POST "https://api.telegram.org/bot⟪telegram-bot-token|{{digits:10}}:AA{{base64url:33}}⟫/sendMessage" -d chat_id=-100123 -d text="deployed $ENVIRONMENT"
curl -fsS -H "Authorization: Bearer $DIGITALOCEAN_ACCESS_TOKEN" https://api.digitalocean.com/v2/account # ⟦⟧
curl -fsS -u "api:$MAILGUN_API_KEY" https://api.mailgun.net/v3/domains # ⟦⟧
echo "deployed ${ENVIRONMENT}"
