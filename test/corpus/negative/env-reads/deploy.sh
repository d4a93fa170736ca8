#!/usr/bin/env bash
set -euo pipefail
export GITHUB_TOKEN="$(gh auth token)" # ⟦⟧
export AWS_SECRET_ACCESS_KEY="$(aws configure get aws_secret_access_key)" # ⟦⟧
DB_PASSWORD=$(vault kv get -field=password secret/prod/db) # ⟦⟧
API_KEY=$(op read "op://Production/Stripe/credential") # ⟦⟧
TOKEN=$(cat /run/secrets/deploy_token) # ⟦⟧
read -rsp "Password: " PASSWORD # ⟦⟧
mysql -u deploy -p"$DB_PASSWORD" -h db.internal -e 'select 1' # ⟦⟧
curl -u "deploy:${API_KEY}" https://api.example.com/deploy # ⟦⟧
docker login -u "$DOCKER_USER" --password-stdin <<< "$DOCKER_TOKEN" # ⟦⟧
curl -H "Authorization: Bearer $TOKEN" https://api.example.com/me # ⟦⟧
echo "password: $PASSWORD" | kubectl create secret generic db --from-file=password=/dev/stdin # ⟦⟧
kubectl create secret generic api --from-literal=token="$TOKEN" # ⟦⟧
