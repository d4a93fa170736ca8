"""Django settings for the reporting service."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "⟪generic-secret|django-insecure-{{lowernum:50}}⟫"
DEBUG = os.environ.get("DEBUG", "0") == "1" ⟦⟧
ALLOWED_HOSTS = ["reports.acme-corp.net", "localhost"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reports",
        "USER": "reports_rw",
        "PASSWORD": "⟪generic-password|{{alnum:20}}⟫",
        "HOST": "reports-db.cluster-c9akciq32.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
    },
    "analytics": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "analytics",
        "USER": os.environ["ANALYTICS_DB_USER"], ⟦⟧
        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"], ⟦⟧
    },
}

CELERY_BROKER_URL = "⟪amqp-url|amqp://celery:{{alnum:22}}@rabbitmq.internal:5672/reports⟫"
CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "⟪redis-url|rediss://:{{alnum:40}}@cache.internal:6380/1⟫"}}

AWS_ACCESS_KEY_ID = "⟪aws-access-key-id|AKIA{{base32:16}}⟫"
AWS_SECRET_ACCESS_KEY = "⟪aws-secret-access-key|{{base64:40}}⟫"
AWS_STORAGE_BUCKET_NAME = "acme-reports-static"

EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
ANYMAIL = {
    "POSTMARK_SERVER_TOKEN": "⟪postmark-server-token|{{hex:8}}-{{hex:4}}-4{{hex:3}}-8{{hex:3}}-{{hex:12}}⟫",
}

SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "⟦{{digits:12}}⟧-⟦{{lowernum:32}}⟧.apps.googleusercontent.com" ⟦⟧
SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET = "⟪gcp-oauth-client-secret|GOCSPX-{{base64url:28}}⟫"

SENTRY_DSN = "https://⟦{{hex:32}}⟧⟦{{repeat:1:@}}⟧o⟦{{digits:6}}⟧.ingest.sentry.io/⟦{{digits:7}}⟧" ⟦⟧
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"] ⟦⟧
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}] ⟦⟧
