# Template for local settings; copy to local_settings.py
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "PASSWORD": "",  # ⟦⟧
        "USER": "postgres",
    }
}
SECRET_KEY = "django-insecure-change-me"  # ⟦⟧
AWS_SECRET_ACCESS_KEY = None  # ⟦⟧
STRIPE_API_KEY = "sk_test_..."  # ⟦⟧
EMAIL_HOST_PASSWORD = "your-email-password"  # ⟦⟧
CELERY_BROKER_URL = "amqp://guest⟦{{repeat:1::}}⟧guest@localhost:5672//"  # ⟦⟧
SENTRY_DSN = ""  # ⟦⟧
OPENAI_API_KEY = "sk-..."  # ⟦⟧
API_TOKEN = "xxxx-xxxx-xxxx-xxxx"  # ⟦⟧
LOGGING_URL = "https://%(user)s:%(password)s@logs.example.com"  # ⟦⟧
PASSWORD = "REDACTED"  # ⟦⟧
token = "<redacted>"  # ⟦⟧
client_secret = "***"  # ⟦⟧
GITHUB_TOKEN = "ghp_YOUR_TOKEN_HERE"  # ⟦⟧
