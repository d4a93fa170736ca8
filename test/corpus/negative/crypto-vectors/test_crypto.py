import base64
import hashlib

EMPTY_MD5 = "d41d8cd98f00b204e9800998ecf8427e"  # ⟦⟧
EMPTY_SHA1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709"  # ⟦⟧
KEY_B64 = base64.b64encode(bytes(range(32))).decode()  # ⟦⟧
SALT = "⟦{{base64:22}}⟧"  # ⟦⟧
ENCRYPTED_BLOB = "⟦{{base64:120}}⟧"  # ⟦⟧
PBKDF2_ITERATIONS = 600_000  # ⟦⟧
password_hash = "pbkdf2_sha256$600000$⟦{{alnum:22}}⟧$⟦{{base64:43}}⟧="  # ⟦⟧
bcrypt_hash = "$2b$12$⟦{{base64:53}}⟧"  # ⟦⟧
argon2_hash = "$argon2id$v=19$m=65536,t=3,p=4$⟦{{base64:22}}⟧$⟦{{base64:43}}⟧"  # ⟦⟧

def test_roundtrip():
    assert hashlib.md5(b"").hexdigest() == EMPTY_MD5
