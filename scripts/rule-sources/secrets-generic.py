# Assembles the vendor-neutral rules of patterns/secrets.json (the generic detector's long regexes
# are built from named pieces here). patterns/secrets.json stays the source of truth that ships;
# private-key and url-with-password are read back from it. Run: python3 scripts/rule-sources/secrets-generic.py
import json, os
p=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'patterns', 'secrets.json')
d=json.load(open(p))
rules={r['id']:r for r in d['rules']}

KW_SECRET = r"(?:secret|secret[_.-]?key(?:[_.-]?base)?|token|api[_.-]?key|apikey|access[_.-]?key|account[_.-]?key|app[_.-]?key|application[_.-]?key|admin[_.-]?key|master[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|session[_.-]?key|hmac[_.-]?key|shared[_.-]?key|auth|credentials?|bearer)"
KW_PASSWORD = r"(?:[\w.-]{0,40}?(?:password|passwd|pwd|passphrase)|(?:[\w.-]{0,40}?[_.-])?pass)"
# A version or index suffix after the keyword still names the same thing: password_v4, api_key2.
SUFFIX = r"(?:[_.-]?v?\d{1,2})?"
# Names ending in "token" that are not credentials: pagination cursors, idempotency keys, CSRF.
NOT_PAGING = r"(?<!(?:next|page|pagination|continuation|starting|start|idempotency|client|sync|resume|cursor|update|change|marker|csrf|xsrf|cancel|request|export|import)[_.-]?token)"
# Names that say the value is public by design: publishable/public/site keys, search-only keys,
# analytics write keys that ship in browsers (Amplitude, Segment, Mixpanel, PostHog).
NOT_PUBLIC = r"(?![\w.-]{0,40}?(?:public|publishable|site[_.-]?key|search[_.-]?(?:only[_.-]?)?(?:api[_.-]?)?key|amplitude|segment|mixpanel|posthog|client[_.-]?side|browser|tokenization))"
QUOTED = r"[\"'`]([^\"'`\n]{1,200})[\"'`]"
BARE = r"([^\s\"'`,;)(\]\[}{<>|&]{1,200})(?=[\s\"'`,;)\]}<>|&]|$)"
# A type annotation between name and value: TS `password: string =`, Rust `KEY: &str =`,
# Kotlin/Swift `val key: String =`.
TYPED = r"(?:\s*:\s*&?(?:'static\s+)?[A-Za-z_][\w.<>?\[\]]{0,30}(?=\s*=[^=]))?"
def generic_pattern(name):
    # name: the identifier expression ending in the keyword
    xname = name.replace(r"[\w.-]", r"[\w.:-]")
    head = r"(?<![\w.:/-])(?<!\$\{)[\"']?" + NOT_PUBLIC + name + SUFFIX + NOT_PAGING
    branches = [
      # name = "value" / name: value / name := value / name => value, in every language
      head + r"[\"']?\]?" + TYPED + r"\s*(?::=|=>|=|:)(?![=:])\s*(?:" + QUOTED + "|" + BARE + ")",
      # Dockerfile ENV/ARG with a space
      r"^\s*(?:ENV|ARG)\s+" + NOT_PUBLIC + name + SUFFIX + r"\s+([^\s\"'=]{1,200})",
      # XML element <password>value</password>
      r"<" + NOT_PUBLIC + xname + SUFFIX + r">([^<\n]{1,200})</",
      # key/name + value attributes: .NET appSettings, Spring XML properties, Ant/Maven params
      r"\b(?:key|name)=[\"']" + NOT_PUBLIC + xname + SUFFIX + r"[\"']\s+value=[\"']([^\"'\n]{1,200})[\"']",
      # {"key"|"name": "NAME", "value": "v"}: Postman, ECS task definitions, Kubernetes JSON env
      r"[\"']?(?:key|name|parameterkey)[\"']?\s*:\s*[\"']" + NOT_PUBLIC + name + SUFFIX + r"[\"']\s*,\s*[\"']?(?:value|parametervalue)[\"']?\s*:\s*[\"']([^\"'\n]{1,200})[\"']",
      # "NAME": {"value": "v"}: Terraform state outputs, CloudFormation parameters
      r"[\"']" + NOT_PUBLIC + name + SUFFIX + r"[\"']\s*:\s*\{\s*[\"']value[\"']\s*:\s*[\"']([^\"'\n]{1,200})[\"']",
      # JSON inside a string literal: \"name\":\"value\"
      r"\\[\"']" + NOT_PUBLIC + name + SUFFIX + r"\\[\"']\s*:\s*\\[\"']([^\"'\\\n]{1,200})\\[\"']",
      # PHP define('NAME', 'value')
      r"\bdefine\(\s*[\"']" + NOT_PUBLIC + name + SUFFIX + r"[\"']\s*,\s*[\"']([^\"'\n]{1,200})[\"']",
      # calls that pair a name with a value: os.Setenv("API_KEY", "v"), props.put("password", "v"),
      # headers.set("X-Api-Key", "v")
      r"\(\s*[\"']" + NOT_PUBLIC + name + SUFFIX + r"[\"']\s*,\s*[\"']([^\"'\n]{1,200})[\"']",
      # setters and builders: setPassword("v"), withApiKey("v"), set_token('v')
      r"(?:\.|\b)(?:set|with)_?" + NOT_PUBLIC + name + SUFFIX + r"\(\s*[\"']([^\"'\n]{1,200})[\"']\s*\)",
      # Markdown table of settings: | `NAME` | `value` |
      r"\|\s*`" + NOT_PUBLIC + name + SUFFIX + r"`\s*\|\s*`([^`|\s]{1,200})`\s*\|",
    ]
    return "|".join(branches)

LOCKS = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock", "bun.lockb", "deno.lock",
  "Cargo.lock", "go.sum", "poetry.lock", "Pipfile.lock", "composer.lock", "Gemfile.lock", "mix.lock", "pubspec.lock",
  "packages.lock.json", "Podfile.lock", "flake.lock", "uv.lock", "gradle.lockfile", "*.lock"]
GENERATED = ["**/node_modules/**", "**/vendor/**", "**/third_party/**", "**/bower_components/**", "*.min.js", "*.min.mjs",
  "*.min.css", "*.map", "*.bundle.js", "*.chunk.js", "*.svg"]
ALLOW = [
  r"^[$%@]", r"^#\{", r"^\{", r"^<", r"^\[", r"^\(", r"^\*+$", r"^\.+$", r"^[-_=.]+$",
  r"^(?:true|false|null|nil|none|undefined|yes|no|on|off|required|optional|string|str|int|integer|bool|boolean|number|object|any|bytes|secret|password|passwd|token|empty|default|disabled|enabled|bearer|basic)$",
  r"example|sample|placeholder|change[_-]?me|dummy|redacted|your[_-]|xxx|\*\*\*|\.\.\.|todo|fixme|replace[_-]?(?:me|this|with)|insert[_-]|enter[_-]|fake|mock|test|demo|lorem|not[_-]?a[_-]?real|(?:secret|password|token|key)[_-]?here",
  r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$", r"(?-i)^[_$]*[a-z]+(?:[A-Z][a-z]+)+(?:\$\w{0,12}|\d{1,2})?$", r"(?-i)^[a-z]+(?:_[a-z]+)+\d*$", r"(?-i)^[_$]*(?:[A-Z][a-z]+)+(?:\$\w{0,12}|\d{1,2})?$",
  r"^!!", r"^![A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$", r"^[a-z_]*(?:user|name|login)[a-z_]*:[a-z_]*(?:pass|pwd|secret)[a-z_]*$", r"\{\{|\$\{", r"(?-i)^_*[A-Z][A-Z0-9]*_[A-Z0-9_]*$", r"(?-i)^_+[A-Z][A-Za-z]*$", r"^:",
  # Example values published in the OAuth RFCs (5849, 6749), copied into every OAuth library's docs.
  r"2YotnFZFEjr1zCsicMWpAA|tGzv3JOkF0XG5Qx2TlKWIA|SplxlOBeZQQYbYS6WxSbIA|czZCaGRSa3F0MzpnWDFmQmF0M2JW|mF_9\.B5f-4\.1JqM|ad180jjd733klru7|kd94hf93k423kf44|hh5s93j4hdidpola|nnch734d00sl2jdk|pfkkdhi9sl3r4s00|hdk48Djdsa|j49sk3j29djd|dkj3o2i3jd7d|dh893hdasih9",
  r"^(?:/|\.{1,2}/|~/|[a-z]:\\)", r"\.(?:pem|key|crt|cer|p12|pfx|json|ya?ml|txt|env|conf|cfg|ini|properties)$",
  r"^[a-z][a-z0-9+.-]*://", r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
  r"^data:", r"^ssh-(?:rsa|ed25519|dss)", r"^ecdsa-sha2", r"^sha(?:1|256|384|512)[-:]", r"^(.)\1+$", r"^\d+$", r"^v?\d+(?:\.\d+)+",
  r"^arn:", r"^urn:",
  # Public by design: Google OAuth client ids, New Relic browser keys, Braintree tokenization keys.
  r"\.apps\.googleusercontent\.com$", r"^NRJS-", r"^(?:production|sandbox)_[a-z0-9]{8}_[a-z0-9]{16}$", r"\\[nrtux]", r"^-{5}", r"012345|123456|abcdef|a1b2c3", r"^projects/[^/]+/secrets/", r"^(?:vault|ref\+|op|ssm|secretsmanager|awssecretsmanager|azurekeyvault|gcpsm)[:+/]",
]
ENV_FIX = ("Remove the value from {path} and read it at run time instead (an environment variable such as "
  "process.env.DB_PASSWORD, kept in an untracked .env, or your secret manager), then stage the file again. "
  "If it was ever pushed or shared, rotate it where it was issued (the service's console, or the database/user it belongs to).")

generic_secret = dict(id="generic-secret", title="Hard-coded secret or token", target="content",
  message="A value that looks random is assigned to a credential-like name (secret, token, api key, access key…).",
  fix=ENV_FIX, pattern=generic_pattern(r"[\w.-]{0,40}?" + KW_SECRET), ignoreCase=True,
  keywords=["secret", "token", "key", "auth", "credential", "bearer"], secretGroup=list(range(1,13)),
  minSecretLength=12, minCharClasses=2, minEntropy=3.0, maxLineLength=1000, fallback=True,
  excludePaths=LOCKS+GENERATED, allow=ALLOW + [r"\s", r"^pk\.eyJ", r"^pk_(?:live|test)_"], verify=["not-sample-words"],
  examples=dict(match=[
    "const apiKey = \"{{alnum:32}}\";",
    "SECRET_KEY = '{{base64:40}}'",
    "  client_secret: {{base64url:40}}",
    "{\"accessToken\": \"{{hex:48}}\"}",
    "export AUTH_TOKEN={{alnum:40}}",
    "ENV APP_SECRET {{alnum:32}}",
    "<add key=\"ApiKey\" value=\"{{base64:44}}\" />",
    "<apiToken>{{alnum:32}}</apiToken>",
    "app.secret_key := \"{{alnum:24}}\"",
    "$token = '{{alnum:30}}';",
    "const apiSecret: string = \"{{alnum:32}}\";",
    "const API_SECRET: &str = \"{{base64url:43}}\";",
    "    val backendSecret: String = \"{{alnum:32}}\"",
    "  webhook_secret: \"{{base64:64}}\",",
    "    { \"key\": \"apiKey\", \"value\": \"{{alnum:40}}\" },",
    "{\"name\": \"STRIPE_SECRET\", \"value\": \"{{alnum:32}}\"}",
    "    \"ci_user_secret_key\": { \"value\": \"{{base64:40}}\", \"type\": \"string\" }",
    "String body = \"{\\\"client_id\\\":\\\"x\\\",\\\"secret\\\":\\\"{{hex:30}}\\\"}\";",
    "define( 'API_SECRET', '{{alnum:32}}' );",
    "| `SLACK_SIGNING_SECRET` | `{{hex:32}}` |",
    "  app_key = \"{{alnum:40}}\"",
    "<property name=\"accessKey\" value=\"{{alnum:32}}\"/>",
    "API_TOKEN_2={{alnum:32}}",
    "os.environ[\"API_KEY\"] = \"{{alnum:32}}\"",
    "os.Setenv(\"GITHUB_TOKEN\", \"{{alnum:36}}\")",
    "request.headers.set(\"X-Api-Key\", \"{{hex:32}}\");",
    "client.setApiKey(\"{{alnum:32}}\");"],
   noMatch=[
    "const apiKey = process.env.API_KEY;",
    "SECRET_KEY = os.environ[\"SECRET_KEY\"]",
    "api_key: ${API_KEY}",
    "token: \"{{ secrets.DEPLOY_TOKEN }}\"",
    "api_key = \"YOUR_API_KEY\"",
    "token_type: \"bearer\"",
    "const tokenizer = new Tokenizer(\"{{alnum:32}}\");",
    "public_key = \"{{base64:44}}\"",
    "secret = \"xxxxxxxxxxxxxxxxxxxx\"",
    "token = \"{{hex:8}}-{{hex:4}}-{{hex:4}}-{{hex:4}}-{{hex:12}}\"",
    "auth: true",
    "private_key_path = \"/etc/ssl/private/server.key\"",
    "token = getToken(user)",
    "secretName: my_app_secret",
    "apiKey: config.services.stripe.key",
    "token = None",
    "client = Client(api_key=api_key, timeout=30)",
    "\"NextToken\": \"{{base64:60}}==\"",
    "\"AWS::ApiGateway::ApiKey\": \"{{alnum:20}}\",",
    "\"Resource\": \"arn:aws:secretsmanager:*:*:secret:{{alnum:16}}*\"",
    "\"nextToken\": \"A dynamically generated value, used for paginating results.\"",
    "api_key = make_key(description, expires)",
    "write(\".env.example\", \"API_TOKEN=\\nDATABASE_URL=postgres://localhost/app\\n\")",
    "\"PrivateKey\": \"{{repeat:5:-}}BEGIN RSA PRIVATE KEY{{repeat:5:-}}\\nkey omitted\\n\"",
    "  amplitudeApiKey: \"{{hex:32}}\",",
    "const publishableKey = \"{{alnum:32}}\";",
    "ALGOLIA_SEARCH_API_KEY={{hex:32}}",
    "recaptchaSiteKey: \"{{alnum:40}}\"",
    "mapboxgl.accessToken = \"pk.eyJ{{base64url:40}}.{{base64url:22}}\";",
    "const token: string = getToken();",
    "api_key: String,",
    "| `API_TOKEN` | your token from the dashboard |",
    "{ \"key\": \"apiKey\", \"value\": \"{{repeat:2:{}}apiKey{{repeat:2:}}}\" }",
    "type SemicolonToken = SemicolonToken$1;",
    "      withCredentials: defaultToConfig2,",
    "        request.withCredentials = !!_config.withCredentials;",
    "  const { contextToken: contextToken2, previousToken: previousToken2 } = getTokens();",
    "      options.auth = \"user:password\";",
    "os.Setenv(\"GITHUB_TOKEN\", token)",
    "client.setApiKey(process.env.API_KEY);",
    "const token = tokens.get(\"{{alnum:32}}\");",
    "    backend: \"Backend\", private_key: \"_DSAPrivateKey\", data: bytes",
    "        private_key: _ALLOWED_PRIVATE_KEY_TYPES,"]))

generic_password = dict(id="generic-password", title="Hard-coded password", target="content",
  message="A literal password is assigned to a password-like name. Anyone who reads the repository can use it.",
  fix=ENV_FIX, pattern=generic_pattern(KW_PASSWORD) + r"|\bNetworkCredential\(\s*\"[^\"\n]{0,100}\"\s*,\s*\"([^\"\n]{1,200})\"" + r"|\b(?:identified\s+by|(?:with|encrypted|unencrypted)\s+password)\s+'([^'\n]{1,200})'", ignoreCase=True,
  keywords=["pass", "pwd", "networkcredential", "identified"], secretGroup=list(range(1,15)),
  minSecretLength=8, minCharClasses=2, minEntropy=2.3, maxLineLength=1000, fallback=True,
  excludePaths=LOCKS+GENERATED, allow=[a for a in ALLOW if "[0-9a-f]{8}-" not in a] + [r"\S\s+\S+\s+\S", r"^[A-Za-z0-9]{32}\.1$"], verify=["not-sample-words"],
  examples=dict(match=[
    "DB_PASSWORD={{alnum:16}}",
    "password = \"{{alnum:12}}\"",
    "    \"password\": \"{{alnum:14}}\",",
    "spring.datasource.password={{alnum:12}}",
    "  POSTGRES_PASSWORD: {{alnum:18}}",
    "db_pass = '{{alnum:10}}'",
    "Server=db;Database=app;User Id=sa;Password={{alnum:14}};",
    "<password>{{alnum:12}}</password>",
    "ARG ADMIN_PASSWORD={{alnum:12}}",
    "const password: string = \"{{alnum:14}}\";",
    "define( 'DB_PASSWORD', '{{alnum:16}}' );",
    "var cred = new NetworkCredential(\"svc_orders\", \"{{alnum:14}}\");",
    "            \"ses_smtp_password_v4\": \"{{base64:44}}\",",
    "    { \"key\": \"adminPassword\", \"value\": \"{{alnum:16}}\" },",
    "<property name=\"password\" value=\"{{alnum:12}}\"/>",
    "  password: \"{{hex:8}}-{{hex:4}}-{{hex:4}}-{{hex:4}}-{{hex:12}}\",",
    "$_ENV['DB_PASSWORD'] = '{{alnum:14}}';",
    "props.setProperty(\"mail.smtp.password\", \"{{alnum:14}}\");",
    "dataSource.setPassword(\"{{alnum:14}}\");",
    "CREATE USER app IDENTIFIED BY '{{alnum:14}}';",
    "ALTER ROLE report WITH PASSWORD '{{alnum:14}}';"],
   noMatch=[
    "password = os.getenv(\"DB_PASSWORD\")",
    "DB_PASSWORD=${DB_PASSWORD}",
    "password: \"changeme\"",
    "passwordField = document.querySelector(\"#{{alnum:12}}\")",
    "password_policy: \"strict\"",
    "password = ''",
    "password: !vault |",
    "password = \"%(db_password)s\"",
    "bypass = \"{{alnum:12}}\"",
    "<input type=\"password\" name=\"password\" />",
    "if (password == \"{{alnum:12}}\") {",
    "PWD=/home/user/project",
    "password: str",
    "password = \"*****\"",
    "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}",
    "- Zoom: https://acme.zoom.us/j/{{digits:11}}?pwd={{alnum:32}}.1",
    "var cred = new NetworkCredential(user, password);",
    "define( 'DB_PASSWORD', getenv('DB_PASSWORD') );",
    "     *     passphrase: 'top secret',",
    "    password: 's00pers3cret'",
    "  password: \"P@ssw0rd123!\"",
    "dataSource.setPassword(System.getenv(\"DB_PASSWORD\"));",
    "ALTER ROLE report WITH PASSWORD NULL;",
    "user.check_password(\"{{alnum:14}}\")",
    "        :type passphrase: :py:data:`bytes`"]))

auth_header = dict(id="http-authorization-credential", title="Credential in an HTTP Authorization header", target="content",
  message="An Authorization header carries a literal bearer token or Basic credential.",
  fix="Remove the literal from {path}; build the header at run time from an environment variable or your secret manager (for example -H \"Authorization: Bearer $API_TOKEN\"), then stage again. If it was ever pushed or shared, revoke the token where it was issued.",
  pattern=r"\bauthorization[\"']?\s*(?:[:=]|,\s*[\"']?value[\"']?\s*:)\s*[\"']?(?:bearer|token)\s+([A-Za-z0-9._~+/:-]{16,512}=*)(?=[\s\"'`,;)\]}]|$)|\bauthorization[\"']?\s*(?:[:=]|,\s*[\"']?value[\"']?\s*:)\s*[\"']?basic\s+([A-Za-z0-9+/]{8,512}={0,2})(?=[\s\"'`,;)\]}]|$)",
  ignoreCase=True, keywords=["authorization"], secretGroup=[1,2], minSecretLength=8, minCharClasses=2, minEntropy=2.5,
  allow=ALLOW,
  examples=dict(match=[
    "curl -H \"Authorization: Bearer {{alnum:40}}\" https://api.example.invalid/v1",
    "headers = {\"Authorization\": \"Token {{hex:40}}\"}",
    "Authorization: Basic {{repeat:1:YWRtaW46}}{{alnum:16}}",
    "curl -H \"Authorization: Bearer 2/{{digits:16}}/{{digits:16}}:{{hex:32}}\" https://api.example.invalid",
    "\"header\": [{ \"key\": \"Authorization\", \"value\": \"Basic {{base64:40}}\" }],"],
   noMatch=[
    "curl -H \"Authorization: Bearer $API_TOKEN\" https://api.example.invalid",
    "headers[\"Authorization\"] = f\"Bearer {token}\"",
    "Authorization: Basic {{alnum:7}}",
    "Authorization: Bearer <token>",
    "-H \"Authorization: Bearer abcd{{repeat:1:-}}{{lower:16}}{{repeat:1:{}}{{lower:4}}}\""]))

cli_flag = dict(id="cli-password-argument", title="Password or token on a command line", target="content",
  message="A literal credential is passed as a command-line argument: it lands in shell history, process lists and CI logs.",
  fix="Remove the literal from {path}; pass it through an environment variable or a file the tool reads (for mysql: MYSQL_PWD or an option file; for most CLIs: an env var), then stage again. If it was ever pushed or shared, rotate it.",
  pattern=r"(?<![\w-])--(?:[\w-]{0,30}-)?(?:password|passwd|token|api-key|apikey|secret|client-secret|access-key|secret-key)(?<!(?:next|page|starting|idempotency|client|sync|continuation|change|update)-token)\s+(?:[\"']([^\"'\n]{1,200})[\"']|([^\s\"'|;&$`]{1,200}))"
    + r"|\bmysql(?:dump|admin|import)?\s[^\n|;&]*?\s-p(?:[\"']([^\"'\n]{1,200})[\"']|([^\s\"'|;&$`]{1,200}))"
    # curl -u user:password, lftp -u user,password
    + r"|\b(?:curl|lftp)(?:\s[^\n|;&]*?)?\s(?:-u|--user)\s*[\"']?[^\s:,\"'$]{1,64}[:,]([^\s\"'$`|;&]{1,200})"
    # docker/podman/helm/buildah registry logins with -p, sshpass -p, redis-cli -a
    + r"|\b(?:docker|podman|buildah|skopeo|nerdctl|oras|helm\s+registry)\s+login\s[^\n|;&]*?\s-p\s*(?:[\"']([^\"'\n]{1,200})[\"']|([^\s\"'|;&$`]{1,200}))"
    + r"|\bsshpass\s+-p\s*(?:[\"']([^\"'\n]{1,200})[\"']|([^\s\"'|;&$`]{1,200}))"
    + r"|\bredis-cli\s[^\n|;&]*?\s-a\s+(?:[\"']([^\"'\n]{1,200})[\"']|([^\s\"'|;&$`]{1,200}))",
  ignoreCase=True, keywords=["--", "mysql", "curl", "lftp", "login", "sshpass", "redis-cli"], secretGroup=list(range(1,12)), minSecretLength=8, minCharClasses=2, minEntropy=2.3,
  allow=ALLOW,
  examples=dict(match=[
    "docker login --username ci --password {{alnum:20}} registry.example.invalid",
    "mysql -u root -p{{alnum:12}} app < dump.sql",
    "vault login --token \"{{alnum:26}}\"",
    "curl -u deployer:{{alnum:16}} -T build/app.jar https://repo.example.invalid/app.jar",
    "docker login -u deploy -p {{alnum:20}} registry.example.invalid",
    "sshpass -p '{{alnum:12}}' ssh deploy@bastion.example.invalid uptime",
    "redis-cli -h cache.internal -a {{alnum:24}} ping",
    "lftp -u backup,{{alnum:16}} sftp://nas.example.invalid"],
   noMatch=[
    "docker login --username ci --password \"$REGISTRY_PASSWORD\"",
    "mysql -u root -p app < dump.sql",
    "--password-stdin < token.txt",
    "gh auth login --with-token < token.txt",
    "aws dynamodb list-tables --starting-token {{base64:40}}",
    "curl -u \"$USER:$PASS\" https://api.example.invalid",
    "curl -u admin: https://localhost:9200",
    "docker login -u deploy -p \"$REGISTRY_PASSWORD\" registry.example.invalid",
    "sshpass -p \"$SSHPASS\" ssh host",
    "redis-cli -a \"$REDIS_PASSWORD\" ping"]))

jwt = dict(id="jwt", title="JSON Web Token", target="content",
  message="A signed JWT is hard-coded. Until it expires it authenticates as its subject, and long-lived ones are common.",
  fix="Remove the token from {path} and obtain it at run time (from your auth flow, an environment variable or a secret manager), then stage again. If it was ever pushed or shared and has not expired, revoke the session or rotate the signing key of its issuer.",
  pattern=r"(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,2000}\.eyJ[A-Za-z0-9_-]{8,8000}\.[A-Za-z0-9_-]{16,2000})(?![A-Za-z0-9_-])",
  keywords=["eyj"], verify=["jwt"], minEntropy=3.0,
  examples=dict(match=[
    "token = \"{{repeat:1:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9}}.{{repeat:1:eyJzdWIiOiJ1c2VyLTQyIiwiaWF0IjoxNzAwMDAwMDAwfQ}}.{{base64url:43}}\"",
    "Authorization: Bearer {{repeat:1:eyJhbGciOiJSUzI1NiJ9}}.{{repeat:1:eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5pbnZhbGlkIn0}}.{{base64url:86}}"],
   noMatch=[
    "{{repeat:1:eyJhbGciOiJub25lIn0}}.{{repeat:1:eyJzdWIiOiJ1c2VyLTQyIn0}}.{{base64url:20}}",
    "data = \"{{repeat:1:eyJmb28iOiJiYXIifQ}}\"",
    "eyJ{{base64url:30}}.eyJ{{base64url:30}}.{{base64url:43}}"]))

putty = dict(id="putty-private-key", title="PuTTY private key", target="content",
  message="A PuTTY private key file (.ppk) is being committed.",
  fix=rules['private-key']['fix'],
  pattern=r"^(PuTTY-User-Key-File-[23]):\s*[\w@.-]+\s*$", keywords=["putty-user-key-file"], secretGroup=0,
  examples=dict(match=["PuTTY-User-Key-File-{{repeat:1:3}}: ssh-ed25519", "PuTTY-User-Key-File-{{repeat:1:2}}: ssh-rsa"],
    noMatch=["Load the PuTTY-User-Key-File header to check the version.", "PuTTY-User-Key-File-9: ssh-rsa"]))

ALLOW_ANY_SHAPE = [a for a in ALLOW if "[0-9a-f]{8}-" not in a]
netrc = dict(id="netrc-password", title="Password in netrc form", target="content",
  message="A login in netrc form (machine … login … password …) carries a literal password; curl, git, ftp and Heroku read these.",
  fix="Remove the password from {path}: keep ~/.netrc only in your home folder (never in a repository or an image layer) or pass credentials through the tool's environment variables, then stage again. If it was ever pushed or shared, change the password or revoke the API key it holds (for Heroku: heroku authorizations:revoke, or regenerate the API key in Account settings).",
  pattern=r"\bmachine\s+\S{1,253}\s+(?:login\s+\S{1,200}\s+)?password\s+([^\s\"'\\]{1,200})|^\s*password\s+([^\s\"'\\]{1,200})\s*$",
  keywords=["password"], secretGroup=[1,2], minSecretLength=6, minCharClasses=2, verify=["not-sample-words"],
  allow=ALLOW_ANY_SHAPE + [r"(?-i)^[a-z]+[.,;:!?)]*$"],
  references=["https://everything.curl.dev/usingcurl/netrc.html"],
  examples=dict(match=[
    "machine api.heroku.com login ops@example.invalid password {{hex:8}}-{{hex:4}}-{{hex:4}}-{{hex:4}}-{{hex:12}}",
    "machine ftp.example.invalid login backup password {{alnum:16}}",
    "  password {{alnum:20}}",
    "RUN echo \"machine github.com login x-access-token password {{alnum:36}}\" > ~/.netrc"],
   noMatch=[
    "machine api.heroku.com login ops@example.invalid password $HEROKU_API_KEY",
    "  password changeme",
    "Enter your password below to continue.",
    "password reset",
    "                                  password combination."]))

pgpass = dict(id="pgpass-password", title="Password in a PostgreSQL password file", target="content",
  message="A line of a PostgreSQL password file (hostname:port:database:username:password) carries a literal password.",
  fix="Remove {path} from the repository (git rm --cached {path}) and keep it in your home folder with mode 0600, or use PGPASSWORD from a secret manager at run time. If it was ever pushed or shared, change the database password (ALTER ROLE … PASSWORD …).",
  pattern=r"^[^:\s#]{1,253}:(?:\d{1,5}|\*):[^:\s]{1,128}:[^:\s]{1,128}:(\S{1,200})$",
  keywords=[":"], paths=[".pgpass", "*.pgpass", "pgpass", "pgpass.conf"], minSecretLength=6, minCharClasses=2,
  allow=ALLOW,
  references=["https://www.postgresql.org/docs/current/libpq-pgpass.html"],
  examples=dict(match=[
    "db.internal:5432:app:app_rw:{{alnum:20}}",
    "db-replica.internal:5432:*:readonly:{{alnum:16}}"],
   noMatch=[
    "# hostname:port:database:username:password",
    "localhost:5432:app:app:changeme",
    "db.internal:5432:app:app_rw:$PGPASSWORD"]))

mysql_dsn = dict(id="mysql-dsn-password", title="Password in a MySQL DSN", target="content",
  message="A Go-style MySQL DSN (user:password@tcp(host)/db) carries a literal password.",
  fix="Remove the password from {path}: build the DSN at run time from an environment variable or your secret manager (for example os.Getenv(\"MYSQL_DSN\")), then stage again. If it was ever pushed or shared, change the MySQL user's password.",
  pattern=r"(?<![\w.-])[\w.-]{1,64}:([^\s:@/'\"`]{1,128})@(?:tcp|unix|udp)\(",
  keywords=["@tcp(", "@unix(", "@udp("], minSecretLength=4,
  allow=ALLOW + [r"^%[sv]$", r"\}"],
  references=["https://github.com/go-sql-driver/mysql#dsn-data-source-name"],
  examples=dict(match=[
    "\t\tMySQLDSN: \"ledger:{{alnum:18}}@tcp(mysql.internal:3306)/ledger?parseTime=true\",",
    "DSN=app:{{alnum:14}}@unix(/var/run/mysqld/mysqld.sock)/app"],
   noMatch=[
    "dsn := fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, db)",
    "DSN=app:${MYSQL_PASSWORD}@tcp(db:3306)/app",
    "DSN=root:password@tcp(localhost:3306)/test"]))

NAME_VALUE_KW = r"[\w.-]{0,40}?(?:secret|token|api[_.-]?key|apikey|access[_.-]?key|account[_.-]?key|app[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|auth|credentials?|password|passwd|pwd|passphrase)"
name_value = dict(id="generic-name-value-pair", title="Hard-coded secret in a name/value pair", target="content",
  message="A literal value is given to a credential-like name through a name/value pair on two lines (Kubernetes and ECS env lists, Helm values, CI variables).",
  fix=ENV_FIX.replace("process.env.DB_PASSWORD, kept in an untracked .env", "a Kubernetes Secret referenced with valueFrom.secretKeyRef"),
  pattern=r"^\s*value:\s*(?:\"([^\"\n]{1,200})\"|'([^'\n]{1,200})'|([^\s\"'#{}\[\]]{1,200}))\s*(?:#.*)?$",
  previousLine=r"^\s*-?\s*(?:name|key):\s*[\"']?" + NAME_VALUE_KW + SUFFIX + r"[\"']?\s*$",
  ignoreCase=True, keywords=["value"], secretGroup=[1,2,3], verify=["not-sample-words"],
  minSecretLength=8, minCharClasses=2, minEntropy=2.8, maxLineLength=1000, fallback=True,
  excludePaths=LOCKS+GENERATED, allow=ALLOW + [r"\s"],
  examples=dict(match=[
    "            - name: DD_API_KEY\n              value: \"{{hex:32}}\"",
    "  - name: DB_PASSWORD\n    value: {{alnum:16}}",
    "- key: STRIPE_SECRET\n  value: '{{alnum:32}}'"],
   noMatch=[
    "            - name: DD_API_KEY\n              valueFrom:",
    "  - name: DB_PASSWORD\n    value: \"$(DB_PASSWORD)\"",
    "  - name: LOG_LEVEL\n    value: \"{{alnum:16}}\"",
    "  - name: API_TOKEN\n    value: changeme-please",
    "    value: \"{{alnum:24}}\""]))

k8s_data = dict(id="kubernetes-secret-data", title="Secret value in a Kubernetes Secret manifest", target="content",
  message="A Kubernetes Secret manifest carries a value under data: (base64 is an encoding, not encryption) or stringData:. Anyone who reads the repository can decode it.",
  fix="Remove the value from {path}: keep the manifest without data (create the Secret with kubectl create secret … from your secret manager at deploy time) or commit it encrypted (Sealed Secrets, SOPS, External Secrets), then stage again. If it was ever pushed or shared, rotate the credential it holds.",
  pattern=r"^\s{2,}[\w.-]{1,253}:\s+[\"']?([A-Za-z0-9+/]{16,}={0,2})[\"']?\s*$",
  requireInFile=[r"^kind:\s*[\"']?Secret[\"']?\s*$"], paths=["*.yaml", "*.yml"],
  keywords=[":"], minSecretLength=16, minCharClasses=2, minEntropy=3.0,
  allow=ALLOW + [r"^LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS", r"^LS0tLS1CRUdJTiBQVUJMSUMgS0VZ", r"^LS0tLS1CRUdJTiBSU0EgUFVCTElD"],
  references=["https://kubernetes.io/docs/concepts/configuration/secret/"],
  examples=dict(match=[
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  STRIPE_KEY: {{base64:44}}",
    "kind: Secret\ntype: Opaque\ndata:\n  DB_PASSWORD: {{base64:24}}",
    "kind: Secret\ndata:\n  api-token: {{base64:40}}"],
   noMatch=[
    "kind: ConfigMap\ndata:\n  SETTINGS: {{base64:44}}",
    "kind: Secret\ndata:\n  tls.crt: {{repeat:1:LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t}}{{base64:64}}",
    "kind: Secret\nmetadata:\n  name: payments-api-credentials",
    "kind: Secret\ndata:\n  password: {{repeat:1:Y2hhbmdlbWU=}}"]))

url = rules['url-with-password']
url['allow'] = [a for a in url['allow'] if a != r"\\[ux]"] + [r"\\[ux]"]
url['verify'] = ["not-sample-words"]
for ex in ["const uri = 'uri://us\\xA0er:pa\\uD7FFss@example.com:123/path';", "DATABASE_URL=postgres://app:s00pers3cret@localhost:5432/app"]:
    if ex not in url['examples']['noMatch']: url['examples']['noMatch'].append(ex)
generic_key = dict(id="generic-key", title="Hard-coded key", target="content",
  message="A long random value is assigned to a name that is just 'key' (or ends in _key/Key), the way signing keys, API keys and salts are often stored.",
  fix=ENV_FIX,
  pattern=r"(?<![\w.:/-])(?<!\$\{)[\"']?(?![\w-]{0,30}?(?:public|publishable|site[_-]?key|search|amplitude|segment|mixpanel|posthog|client[_-]?side|browser|tokenization))(?:[\w-]{0,30}?)key(?<!(?:primary|foreign|cache|sort|partition|hash|range|idempotency|object|s3|bucket|routing|lookup|index|unique|composite|dedup|row|map|i18n|translation|storage|file|path|config|setting|query|group|list|item|element|field|column|table|attribute|prop|state|local|dict|json|license|product|registry|schema|content|message|event|job|queue|topic|stream|node|entity|record|resource|sub|idem|natural|surrogate|shard)[_-]?key)(?:[_-]?v?\d{1,2})?[\"']?\s*(?::=|=>|=|:)(?![=:])\s*(?:[\"'`]([^\"'`\s\n]{1,200})[\"'`]|([^\s\"'`,;)(\]\[}{<>|&]{1,200})(?=[\s\"'`,;)\]}<>|&]|$))",
  ignoreCase=True, keywords=["key"], secretGroup=[1,2],
  minSecretLength=24, minCharClasses=3, minEntropy=3.7, maxLineLength=1000, fallback=True, verify=["not-sample-words"],
  excludePaths=LOCKS+GENERATED, allow=ALLOW + [r"^pk\.eyJ", r"^pk_(?:live|test)_", r"^sha\d", r"^AAAA[A-Z]", r"^MII", r"^[A-Za-z0-9+/]{40,}={0,2}$(?<=^.{400,})"],
  examples=dict(match=[
    "  \"Jwt\": { \"Issuer\": \"acme\", \"Key\": \"{{alnum:48}}\" },",
    "  cookieKey: \"{{alnum:32}}\",",
    "JWT_KEY={{base64:44}}"],
   noMatch=[
    "  key: \"{{lower:8}}.{{lower:6}}.title\",",
    "<li key={item.id}>",
    "  \"key\": \"sha512-{{base64:86}}==\",",
    "public_key: \"{{base64:44}}\"",
    "  key: {{hex:32}}",
    "const key = \"{{lower:30}}\";",
    "cacheKey: \"{{alnum:10}}\"",
    "  partition_key: \"{{alnum:32}}\"",
    "  newRelicBrowserKey: \"NRJS-{{hex:19}}\",",
    "SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = \"{{digits:12}}-{{lowernum:32}}.apps.googleusercontent.com\""]))

d['rules'] = [rules['private-key'], putty, url, jwt, auth_header, cli_flag, netrc, pgpass, mysql_dsn, k8s_data, generic_secret, generic_password, name_value, generic_key]
json.dump(d,open(p,'w'),indent=2,ensure_ascii=False); open(p,'a').write('\n')
print("ok")
