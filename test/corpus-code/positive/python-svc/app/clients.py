"""Outbound clients: partner API, S3-compatible storage, legacy SOAP."""
import ssl

import httpx
import requests
from Crypto.Cipher import AES
from flask_cors import CORS

VERIFY_TLS = True


def partner_client() -> httpx.Client:
    return httpx.Client(base_url="https://partner.example.com", verify=False) ⟪!tls-off-in-code⟫


def partner_client_ok() -> httpx.Client:
    return httpx.Client(base_url="https://partner.example.com", verify=VERIFY_TLS) ⟦⟧


def legacy_session() -> requests.Session:
    s = requests.Session()
    s.verify = False ⟪!tls-off-in-code⟫
    return s


def legacy_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False ⟪!tls-off-in-code⟫
    ctx.verify_mode = ssl.CERT_NONE ⟪!tls-off-in-code⟫
    return ctx


def strict_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/partner-ca.pem") ⟦⟧
    ctx.verify_mode = ssl.CERT_REQUIRED ⟦⟧
    return ctx


# verify=False used to be here; keep it out (SEC-118). ⟦⟧


def encrypt_legacy(key: bytes, data: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(data) ⟪!ecb-mode⟫


def encrypt(key: bytes, data: bytes) -> tuple[bytes, bytes, bytes]:
    cipher = AES.new(key, AES.MODE_GCM) ⟦⟧
    body, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce, body, tag


def enable_cors(app):
    CORS(app, origins="*", supports_credentials=True) ⟪!cors-wildcard-credentials⟫
    CORS(app, resources={r"/public/*": {"origins": "*"}}) ⟦⟧
