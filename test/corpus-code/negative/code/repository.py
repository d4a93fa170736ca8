"""Safe counterparts: parameters, safe loaders, argument lists, secrets module."""
import hashlib
import json
import os
import secrets
import shlex
import subprocess
from pathlib import Path

import requests
import yaml
from django.db import connection
from werkzeug.utils import safe_join

MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", "/srv/media")).resolve()
CA_BUNDLE = os.environ.get("CORP_CA", "/etc/ssl/certs/corp-root.pem")


def find_user(cursor, user_id):
    cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,)) ⟦⟧
    return cursor.fetchone()


def find_by_name(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM auth_user WHERE username = %(name)s", {"name": name}) ⟦⟧
        return cursor.fetchall()


def table_count(cursor, table):
    if table not in {"users", "orders"}:
        raise ValueError(table)
    cursor.execute(f"SELECT COUNT(*) FROM {table}")  # table comes from the allowlist above ⟦⟧
    return cursor.fetchone()[0]


def load_config(path):
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) ⟦⟧


def load_all(text):
    return list(yaml.safe_load_all(text)) ⟦⟧


def load_cached(text):
    return json.loads(text) ⟦⟧


def archive(path):
    subprocess.run(["tar", "-czf", f"{path}.tgz", path], check=True) ⟦⟧
    subprocess.run("tar -czf " + shlex.quote(path) + ".tgz " + shlex.quote(path), shell=True, check=True) ⟦⟧


def media_path(name):
    target = (MEDIA_ROOT / name).resolve()
    if MEDIA_ROOT not in target.parents: ⟦⟧
        raise PermissionError(name)
    return target


def media_path2(name):
    return safe_join(str(MEDIA_ROOT), name) ⟦⟧


def fetch_status():
    return requests.get("https://status.internal.example.com/api", verify=CA_BUNDLE, timeout=5).json() ⟦⟧


def fetch_public():
    return requests.get("https://api.example.com/v1/status", timeout=5).json() ⟦⟧


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest() ⟦⟧


def legacy_etag(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest() ⟦⟧


def new_token() -> str:
    return secrets.token_hex(32) ⟦⟧


def evaluate_literal(text: str):
    import ast
    return ast.literal_eval(text) ⟦⟧
