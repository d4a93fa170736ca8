pid_file = "./pidfile"

vault {
  address = "https://vault.acme-corp.net:8200"
  token   = "⟪vault-token|hvs.{{base64url:90}}⟫"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id" # ⟦⟧
      secret_id_file_path = "/etc/vault/secret-id" # ⟦⟧
    }
  }
}

template {
  contents    = "{{ with secret \"database/creds/app\" }}{{ .Data.password }}{{ end }}" # ⟦⟧
  destination = "/etc/app/db-password"
}

seal "awskms" {
  region     = "eu-west-1"
  access_key = "⟪aws-access-key-id|AKIA{{base32:16}}⟫"
  secret_key = "⟪aws-secret-access-key|{{base64:40}}⟫"
  kms_key_id = "⟦{{hex:8}}-{{hex:4}}-{{hex:4}}-{{hex:4}}-{{hex:12}}⟧" # ⟦⟧
}
