import Config

config :shop, Shop.Repo,
  username: "shop",
  password: "⟪generic-password|{{alnum:20}}⟫",
  hostname: "db.internal",
  pool_size: 15

config :shop, ShopWeb.Endpoint,
  secret_key_base: "⟪generic-secret|{{base64:64}}⟫",
  live_view: [signing_salt: "⟦{{alnum:8}}⟧"] # ⟦⟧

config :stripity_stripe, api_key: "⟪stripe-live-secret-key|sk_live_{{alnum:24}}⟫"
config :ex_aws, access_key_id: "⟪aws-access-key-id|AKIA{{base32:16}}⟫", region: "eu-west-1"
config :ex_aws, secret_access_key: "⟪aws-secret-access-key|{{base64:40}}⟫"
config :shop, :mailer, api_key: System.fetch_env!("POSTMARK_API_KEY") # ⟦⟧
