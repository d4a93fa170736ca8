Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") # ⟦⟧
Octokit.configure { |c| c.access_token = ENV["GITHUB_TOKEN"] } # ⟦⟧
config.secret_key_base = Rails.application.credentials.secret_key_base # ⟦⟧
password = Rails.application.credentials.dig(:database, :password) # ⟦⟧
api_key = ENV["SENDGRID_API_KEY"] || raise("missing SENDGRID_API_KEY") # ⟦⟧
