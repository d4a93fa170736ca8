use std::env;

pub struct Settings {
    pub database_url: String,
    pub discord_token: String,
    pub twilio_api_key: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").unwrap_or_else(|_| "⟪postgres-url|postgres://svc:{{alnum:18}}@localhost/svc⟫".into()),
            discord_token: "⟪discord-bot-token|M{{base64url:25}}.{{base64url:6}}.{{base64url:38}}⟫".to_string(),
            twilio_api_key: "⟪twilio-api-key|SK{{hex:32}}⟫".to_string(),
        }
    }
}

const RUBYGEMS_KEY: &str = "⟪rubygems-api-key|rubygems_{{hex:48}}⟫";
const SENTRY_TOKEN: &str = "⟪sentry-user-token|sntryu_{{hex:64}}⟫";
const API_SECRET: &str = "⟪generic-secret|{{base64url:43}}⟫";
const PASSWORD_MIN: usize = 12; // ⟦⟧
