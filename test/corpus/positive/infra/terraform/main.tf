terraform {
  required_providers {
    aws          = { source = "hashicorp/aws", version = "~> 5.40" }
    cloudflare   = { source = "cloudflare/cloudflare", version = "~> 4.0" }
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.0" }
    datadog      = { source = "DataDog/datadog" }
  }
  cloud {
    organization = "acme"
    token        = "⟪terraform-cloud-token|{{alnum:14}}.atlasv1.{{base64url:67}}⟫"
    workspaces { name = "prod-edge" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "⟪aws-access-key-id|AKIA{{base32:16}}⟫"
  secret_key = "⟪aws-secret-access-key|{{base64:40}}⟫"
}

provider "cloudflare" {
  api_token = "⟪cloudflare-api-token|{{base64url:40}}⟫"
}

provider "digitalocean" {
  token = "⟪digitalocean-pat|dop_v1_{{hex:64}}⟫"
}

provider "datadog" {
  api_key = "⟪datadog-api-key|{{hex:32}}⟫"
  app_key = "⟪datadog-app-key|{{hex:40}}⟫"
}

provider "alicloud" {
  access_key = "⟪alibaba-access-key-id|LTAI5t{{alnum:18}}⟫"
  secret_key = "⟪alibaba-access-key-secret|{{alnum:30}}⟫"
  region     = "cn-hangzhou"
}

resource "aws_db_instance" "main" {
  identifier          = "prod-main"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  username            = "root_admin"
  password            = "⟪generic-password|{{alnum:24}}⟫"
  skip_final_snapshot = false
}

resource "aws_db_instance" "replica" {
  identifier = "prod-replica"
  password   = var.db_password ⟦⟧
}

resource "random_password" "api" {
  length  = 32 ⟦⟧
  special = true
}

variable "db_password" {
  type      = string
  sensitive = true ⟦⟧
}
