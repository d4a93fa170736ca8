from transformers import AutoTokenizer

tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")  # ⟦⟧
token_type = "bearer"  # ⟦⟧
token_type_ids = encoded["token_type_ids"]  # ⟦⟧
api_version = "2024-10-21"  # ⟦⟧
public_key = load_pem_public_key(pem_bytes)  # ⟦⟧
password_policy = PasswordPolicy(min_length=12, require_digit=True)  # ⟦⟧
SECRET_KEY_SETTING = "SECRET_KEY"  # ⟦⟧
PASSWORD_RESET_TIMEOUT = 259200  # ⟦⟧
max_tokens = 4096  # ⟦⟧
secret_name = "prod/billing/stripe"  # ⟦⟧
auth_token_url = "https://oauth2.googleapis.com/token"  # ⟦⟧
password_hash = make_password(raw_password)  # ⟦⟧
token_expiry_seconds = 3600  # ⟦⟧
is_secret = field.name.lower() in {"password", "token", "secret", "api_key"}  # ⟦⟧
KEY_LENGTH = 32  # ⟦⟧
access_key_id_pattern = r"AKIA[0-9A-Z]{16}"  # ⟦⟧
