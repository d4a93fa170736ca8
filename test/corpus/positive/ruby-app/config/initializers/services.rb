# frozen_string_literal: true

Stripe.api_key = "⟪stripe-live-secret-key|sk_live_{{alnum:24}}⟫"
Stripe.api_version = "2024-06-20" # ⟦⟧

Rails.application.config.x.shopify = {
  api_key: "⟦{{hex:32}}⟧", ⟦⟧
  api_secret: "⟪shopify-shared-secret|shpss_{{hex:32}}⟫",
  access_token: "⟪shopify-custom-app-token|shpca_{{hex:32}}⟫"
}

Aws.config.update(
  region: "us-west-2",
  credentials: Aws::Credentials.new(
    "⟪aws-access-key-id|AKIA{{base32:16}}⟫",
    "⟪aws-secret-access-key|{{base64:40}}⟫"
  )
)

Sidekiq.configure_server do |config|
  config.redis = { url: "⟪redis-url|redis://:{{alnum:28}}@redis.internal:6379/0⟫" }
end

Gibbon::Request.api_key = "⟪mailchimp-api-key|{{hex:32}}-us{{digits:2}}⟫"
Twilio.configure do |config|
  config.account_sid = "AC⟦{{hex:32}}⟧" # ⟦⟧
  config.auth_token = "⟪twilio-auth-token|{{hex:32}}⟫"
end

Octokit.configure { |c| c.access_token = "⟪github-oauth-token|gho_{{alnum:36}}⟫" }
Rollbar.configure { |c| c.access_token = ENV.fetch("ROLLBAR_ACCESS_TOKEN") } # ⟦⟧

SMTP_SETTINGS = {
  address: "smtp.postmarkapp.com",
  user_name: "⟦{{hex:8}}-{{hex:4}}-{{hex:4}}-{{hex:4}}-{{hex:12}}⟧",
  password: "⟪postmark-server-token|{{hex:8}}-{{hex:4}}-4{{hex:3}}-9{{hex:3}}-{{hex:12}}⟫",
  authentication: :plain
}.freeze

ALGOLIA = { application_id: "⟦{{uppernum:10}}⟧", admin_api_key: "⟪algolia-admin-key|{{hex:32}}⟫" }.freeze
