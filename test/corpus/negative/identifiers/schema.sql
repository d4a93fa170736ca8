CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL, -- ⟦⟧
  password_changed_at timestamptz, -- ⟦⟧
  api_token_digest bytea -- ⟦⟧
);
CREATE TABLE api_tokens (
  id bigserial PRIMARY KEY,
  token_prefix varchar(8) NOT NULL, -- ⟦⟧
  secret_hash bytea NOT NULL, -- ⟦⟧
  scopes text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX api_tokens_token_prefix_idx ON api_tokens (token_prefix); -- ⟦⟧
GRANT SELECT ON users TO reporting; -- ⟦⟧
