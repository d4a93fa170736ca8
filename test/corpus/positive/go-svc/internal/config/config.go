package config

import (
	"fmt"
	"os"
	"time"
)

type Config struct {
	DSN            string
	MySQLDSN       string
	NatsURL        string
	VaultAddr      string
	VaultToken     string
	DatadogAPIKey  string
	DatadogAppKey  string
	PagerDutyToken string
	Timeout        time.Duration
}

// Default returns the configuration used when no environment is set.
func Default() Config {
	return Config{
		DSN:            "⟪postgres-url|postgres://svc_ledger:{{alnum:20}}@10.12.0.5:5432/ledger?sslmode=require⟫",
		MySQLDSN:       "⟪mysql-dsn-password|ledger:{{alnum:18}}@tcp(mysql.internal:3306)/ledger?parseTime=true⟫",
		VaultAddr:      "https://vault.acme-corp.net:8200",
		VaultToken:     "⟪vault-token|hvs.{{base64url:90}}⟫",
		DatadogAPIKey:  "⟪datadog-api-key|{{hex:32}}⟫",
		DatadogAppKey:  "⟪datadog-app-key|{{hex:40}}⟫",
		PagerDutyToken: "⟪pagerduty-api-key|u+{{base64url:18}}⟫",
		Timeout:        30 * time.Second,
	}
}

// FromEnv overrides defaults with environment variables.
func FromEnv() Config {
	c := Default()
	if v := os.Getenv("VAULT_TOKEN"); v != "" { ⟦⟧
		c.VaultToken = v ⟦⟧
	}
	c.DSN = fmt.Sprintf("postgres://%s:%s@%s/ledger", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_HOST")) ⟦⟧
	return c
}

var legacyVaultToken = "⟪vault-legacy-token|s.{{alnum:24}}⟫"
var apiKey = "⟪generic-api-key|{{lowernum:32}}⟫"
