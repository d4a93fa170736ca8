"""HTTP views for the reporting service (Flask)."""
import hashlib
import os
import pickle
import random
import secrets
import sqlite3
import ssl
import string
import subprocess
import urllib.request

import requests
import yaml
from flask import Flask, abort, jsonify, request, send_file, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = os.environ.get("UPLOAD_DIR", "/srv/uploads")
INTERNAL_API = "https://reports.internal:8443"


def db():
    return sqlite3.connect(os.environ.get("DB_PATH", "reports.db"))


@app.get("/reports")
def list_reports():
    owner = request.args.get("owner", "")
    cur = db().cursor()
    cur.execute(f"SELECT id, title FROM reports WHERE owner = '{owner}'") ⟪!sql-interpolation⟫
    rows = cur.fetchall()
    cur.execute("SELECT id, title FROM reports WHERE owner = ?", (owner,)) ⟦⟧
    return jsonify(rows + cur.fetchall())


@app.get("/reports/search")
def search_reports():
    term = request.args["q"]
    cur = db().cursor()
    cur.execute("SELECT id FROM reports WHERE title LIKE '%%%s%%'" % term) ⟪!sql-interpolation⟫
    cur.execute("SELECT id FROM reports WHERE title LIKE '%{}%' ORDER BY {}".format(term, request.args.get("sort", "id"))) ⟪!sql-interpolation⟫
    cur.execute("SELECT id FROM reports WHERE title LIKE ?", (f"%{term}%",)) ⟦⟧
    return jsonify(cur.fetchall())


@app.get("/files/<path:name>")
def download(name):
    return send_file(os.path.join(UPLOAD_DIR, name)) ⟪!path-from-input⟫


@app.get("/files-safe/<path:name>")
def download_safe(name):
    return send_from_directory(UPLOAD_DIR, name) ⟦⟧


@app.get("/raw")
def raw():
    with open(os.path.join(UPLOAD_DIR, request.args.get("f", "index.txt"))) as fh: ⟪!path-from-input⟫
        return fh.read()


@app.post("/ping")
def ping():
    host = request.form["host"]
    os.system(f"ping -c 1 {host}") ⟪!shell-injection⟫
    out = subprocess.check_output("nslookup " + host, shell=True) ⟪!shell-injection⟫
    safe = subprocess.run(["ping", "-c", "1", host], capture_output=True, check=False) ⟦⟧
    subprocess.run("make -C /srv/app reload", shell=True, check=True) ⟦⟧
    return jsonify(out=out.decode(), safe=safe.returncode)


@app.post("/convert")
def convert():
    name = request.form["name"]
    proc = subprocess.Popen("convert /srv/uploads/%s /srv/thumbs/%s.png" % (name, name), shell=True) ⟪!shell-injection⟫
    return jsonify(pid=proc.pid)


@app.post("/session/restore")
def restore_session():
    state = pickle.loads(request.get_data()) ⟪!unsafe-deserialize⟫
    return jsonify(keys=list(state))


@app.post("/config/preview")
def preview_config():
    config = yaml.load(request.get_data()) ⟪!unsafe-deserialize⟫
    unsafe = yaml.load(request.get_data(), Loader=yaml.Loader) ⟪!unsafe-deserialize⟫
    safe = yaml.safe_load(request.get_data()) ⟦⟧
    also_safe = yaml.load(request.get_data(), Loader=yaml.SafeLoader) ⟦⟧
    return jsonify(config=config, unsafe=unsafe, safe=safe, also_safe=also_safe)


@app.post("/calc")
def calc():
    expression = request.json["expr"]
    return jsonify(result=eval(expression)) ⟪!dynamic-eval⟫


@app.post("/plugins/run")
def run_plugin():
    exec(request.json["code"], {"__builtins__": {}}) ⟪!dynamic-eval⟫
    return "", 204


@app.get("/internal/status")
def internal_status():
    r = requests.get(f"{INTERNAL_API}/status", verify=False, timeout=5) ⟪!tls-off-in-code⟫
    r2 = requests.get(f"{INTERNAL_API}/status", verify="/etc/ssl/internal-ca.pem", timeout=5) ⟦⟧
    ctx = ssl._create_unverified_context() ⟪!tls-off-in-code⟫
    legacy = urllib.request.urlopen(f"{INTERNAL_API}/legacy", context=ctx).read()
    return jsonify(status=r.json(), status2=r2.json(), legacy=legacy.decode())


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest() ⟪!weak-password-hash⟫


def hash_password_salted(password: str, salt: str) -> str:
    return hashlib.sha1((salt + password).encode("utf-8")).hexdigest() ⟪!weak-password-hash⟫


def hash_password_good(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1) ⟦⟧


def cache_key(payload: bytes) -> str:
    return hashlib.md5(payload, usedforsecurity=False).hexdigest() ⟦⟧


def make_api_token() -> str:
    return "".join(random.choices(string.ascii_letters + string.digits, k=40)) ⟪!insecure-random-token⟫


def make_reset_code() -> str:
    return str(random.randint(100000, 999999)) ⟪!insecure-random-token⟫


def make_api_token_good() -> str:
    return secrets.token_urlsafe(32) ⟦⟧


def jitter() -> float:
    return random.uniform(0.5, 1.5) ⟦⟧
