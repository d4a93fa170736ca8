import os
from google.cloud import secretmanager

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  # ⟦⟧
DB_PASSWORD = os.getenv("DB_PASSWORD", "")  # ⟦⟧
AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY")  # ⟦⟧
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")  # ⟦⟧
api_token = config("API_TOKEN", default=None)  # ⟦⟧
password = getpass.getpass("Password: ")  # ⟦⟧
token = keyring.get_password("acme", "token")  # ⟦⟧

def access_secret(name: str) -> str:
    client = secretmanager.SecretManagerServiceClient()
    response = client.access_secret_version(request={"name": name})
    secret = response.payload.data.decode("UTF-8")  # ⟦⟧
    return secret

STRIPE_KEY = access_secret("projects/acme/secrets/stripe/versions/latest")  # ⟦⟧
credentials = {"user": user, "password": password}  # ⟦⟧
conn = psycopg2.connect(dbname="app", user="app", password=DB_PASSWORD, host="db")  # ⟦⟧
url = f"postgresql://{user}:{password}@{host}:5432/{name}"  # ⟦⟧
