password = None  # ⟦⟧
api_key: str | None = None  # ⟦⟧
token = ""  # ⟦⟧
secret = ''  # ⟦⟧
DEFAULTS = {"password": None, "token": "", "api_key": None}  # ⟦⟧
def connect(host, user, password=None, token=None):  # ⟦⟧
    ...
