Rails.application.routes.draw do
  resource :password, only: [:edit, :update] # ⟦⟧
  resources :api_tokens, only: [:index, :create, :destroy] # ⟦⟧
  get "/password_resets/:token/edit", to: "password_resets#edit", as: :edit_password_reset # ⟦⟧
  post "/webhooks/stripe", to: "webhooks#stripe" # verifies Stripe-Signature with the endpoint secret ⟦⟧
end
