variable "db_password" {
  description = "Master password for the database"
  type        = string
  sensitive   = true
  default     = "" # ⟦⟧
}

resource "aws_db_instance" "main" {
  password = var.db_password # ⟦⟧
  username = "admin"
}

resource "kubernetes_secret" "api" {
  data = {
    api_key  = var.api_key # ⟦⟧
    password = random_password.api.result # ⟦⟧
    token    = data.aws_secretsmanager_secret_version.token.secret_string # ⟦⟧
  }
}

provider "github" {
  token = var.github_token # ⟦⟧
}
