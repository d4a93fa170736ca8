#!/usr/bin/env python3
# Assembles patterns/code.json from named regex pieces (the JSON is what ships and what tests run).
# Run: python3 scripts/rule-sources/code.py patterns/code.json
import json, sys

JS = ["*.js", "*.mjs", "*.cjs", "*.jsx", "*.ts", "*.mts", "*.cts", "*.tsx", "*.vue", "*.svelte"]
JS_DOM = JS + ["*.html", "*.htm"]
PY = ["*.py", "*.pyw"]
GO = ["*.go"]
JVM = ["*.java", "*.kt", "*.kts", "*.scala", "*.groovy"]
PHP = ["*.php", "*.phtml"]
RB = ["*.rb", "*.rake", "*.ru", "Rakefile"]
CS = ["*.cs"]
ALL_CODE = JS + PY + GO + JVM + PHP + RB + CS

CWE = lambda n: f"https://cwe.mitre.org/data/definitions/{n}.html"
OWASP_CS = lambda name: f"https://cheatsheetseries.owasp.org/cheatsheets/{name}.html"

# ---------------------------------------------------------------- fragments

# Linear on long lines (test/rules/backtracking.test.ts times every regex on runs of spaces and
# near-misses): two runs that can read the same characters are tried at every split of a long
# run, so a keyword followed by thousands of spaces costs seconds. Two idioms keep them apart
# and match the same text:
#  - `\s*(?:\(\s*)?` for "spaces, an optional paren, spaces" (not `\s*\(?\s*`);
#  - `\s*(?!\s)` before a bounded run of any character (`[^\n]{0,120}?X`): the spaces are the
#    `\s*`'s alone (taking them all leaves the most room for the run, so no match is lost).

def q(cls_char, text):
    """Substitute the quote character (as excluded from classes) for the placeholder §."""
    return text.replace("§", cls_char)

def HEAD(c):
    # A string that starts a SQL statement: SELECT … FROM, INSERT INTO, UPDATE t SET, DELETE FROM.
    # Keywords all upper or all lower case (mixed case is prose: "Select a file from …").
    return q(c, r"(?:(?:SELECT|select)\s(?=[^§]{0,300}?\s(?:FROM|from)\s)|(?:INSERT|insert)\s+(?:INTO|into)\s|(?:UPDATE|update)\s+[^\s§]{1,64}\s+(?:SET|set)\s|(?:DELETE|delete)\s+(?:FROM|from)\s)")

# A condition whose right-hand side is left open for a value: " WHERE id = ", " AND name LIKE '%".
# Upper-case AND/OR only: lower-case "and x in" / "or y =" is ordinary Python/prose.
W = r"\s(?:(?:WHERE|AND|OR)\s+[\w.]{1,64}\s*(?:=(?!=)|<>|!=|<=|>=|<|>|(?:NOT\s+)?(?:LIKE|IN))|where\s+[\w.]{1,64}\s*(?:=(?!=)|<>|!=|<=|>=|<|>|(?:not\s+)?(?:like|in)))\s*[('%]{0,3}"

# After a concatenation operator: not the end of the line, not another literal, not an
# ALL_CAPS constant (a table name kept in code).
AFTER_PLUS = r"\+\s*(?![\s\"'`]|$|[A-Z][A-Z0-9_]{0,63}\b(?!\s*[.(\[]))"

def SQL_STR(c):
    """The body of a quoted string (after its opening quote, up to its closing quote) that is SQL."""
    return q(c, r"(?:\s*" + HEAD(c) + r"[^§]{0,300}|[^§]{0,300}?" + W + r")") + c

# Identifiers cannot be bound as parameters, so a table or column name is the one thing a
# correct query still interpolates (after checking it against an allow-list). Not flagged:
#  - a bare identifier (no member access, no call) in table position (FROM/JOIN/INTO/UPDATE/TABLE)
#    when it is the only thing interpolated into the query: values, not table names, are what
#    reach queries from requests, and table names come from code;
#  - a bare identifier after ORDER BY / GROUP BY when the same query binds its values with
#    placeholders ($1, ?, :name, %s, @p): the author parameterizes, and the identifier cannot be.
# Anything else interpolated (req.query.x, a call, a value after WHERE/LIMIT) is still flagged.
TBL_KW = r"(?:FROM|JOIN|INTO|UPDATE|TABLE|from|join|into|update|table)"
ORD_KW = r"(?:(?:ORDER|GROUP)\s+BY|(?:order|group)\s+by)"
def ID_POS(kw):
    return r"(?<=\b" + kw + r"\s{1,5})"
BIND = r"(?:\$\d|\?|(?<!:):[A-Za-z_]\w*\b|%s|%\(\w+\)s|@[A-Za-z_]\w*)"
JS_ID = r"\$\{\s*[A-Za-z_$][\w$]{0,40}\s*\}"
def JS_TPL_IDENT_ONLY():
    body = lambda kw: r"`(?:[^`$\\]|\\.|\$(?!\{)|" + ID_POS(kw) + JS_ID + r")*`"
    return r"(?:" + body(TBL_KW) + r"|(?=`[^`]{0,400}?" + BIND + r")" + body(r"(?:" + TBL_KW + r"|" + ORD_KW + r")") + r")"
def PY_F_IDENT_ONLY(c):
    body = lambda kw: q(c, r"(?:[fF][rR]?|[rR][fF])§(?:[^§{}\\]|\\.|\{\{|\}\}|" + ID_POS(kw) + r"\{\s*[A-Za-z_]\w{0,40}\s*\})*§")
    return r"(?:" + body(TBL_KW) + r"|(?=[fFrR]{1,2}" + c + q(c, r"[^§]{0,400}?") + BIND + r")" + body(r"(?:" + TBL_KW + r"|" + ORD_KW + r")") + r")"
def GO_IDENT_ONLY():
    body = lambda kw: r"\s*\"(?:[^\"%\\]|\\.|%%|" + ID_POS(kw) + r"%[sv])*\"\s*(?:,\s*[A-Za-z_]\w{0,40}\s*)+\)"
    return r"(?:" + body(TBL_KW) + r"|(?=\s*\"[^\"]{0,300}?" + BIND + r")" + body(r"(?:" + TBL_KW + r"|" + ORD_KW + r")") + r")"
def CONCAT_IDENT_ONLY(c):
    tail = q(c, r"\s*\+\s*[A-Za-z_]\w{0,40}\s*(?:\+\s*§[^§+]*§\s*)?(?:[,);]|$)")
    return (q(c, r"(?:§[^§]*\b" + TBL_KW + r"\s{1,5}§") + tail
            + q(c, r"|§(?=[^§]*" + BIND + r")[^§]*\b" + ORD_KW + r"\s{1,5}§") + tail + r")")

def CONCAT(c, op=AFTER_PLUS):
    return r"(?!" + CONCAT_IDENT_ONLY(c) + r")" + c + SQL_STR(c) + r"\s*" + op

SQL_KEYWORDS = ["select", "insert", "update", "delete", "where", " and ", " or "]

# A JavaScript value that is not a plain literal: an identifier, call, member or parenthesised
# expression, a literal being concatenated, or a template with ${…}. Values passed through a
# sanitizer/escaper (DOMPurify.sanitize, sanitizeHtml, escapeHtml) or a Trusted Types policy do
# not count: that is the fix this pack recommends.
JSNL = (r"(?!(?:null|undefined|true|false)\b|(?:[\w$]{1,40}\.){0,3}(?:sanitize|escape)\w{0,20}\s*\(|(?:[\w$]{1,40}\.){0,3}createHTML\s*\()"
        r"(?:\.{3}|[A-Za-z_$(\[]|\"[^\"]{0,300}\"\s*\+|'[^']{0,300}'\s*\+|`[^`]{0,300}?\$\{)")

# A Python value that is not a plain literal: a name, call, f-string, or a literal being
# concatenated/formatted.
PYNL = (r"(?:(?![rRbBuU]{1,2}[\"']|(?:None|True|False)\b)[A-Za-z_(\[{]"
        r"|[rRbBuU]{0,2}(?:\"[^\"]{0,300}\"|'[^']{0,300}')\s*(?:[+%]|\.format\())")

# A Python string being built: f-string, literal + / % / .format / .join, or name + / %.
PYBUILT = (r"(?:(?:[fF][rR]?|[rR][fF])[\"']"
           r"|[rRbBuU]{0,2}(?:\"[^\"]{0,300}\"|'[^']{0,300}')\s*(?:[+%]|\.(?:format|join)\()"
           r"|[\w.\[\]]{1,60}\s*[+%])")

rules = []

# Full-line comments (and Python doctest prompts) are not code: a lookbehind at the END of the
# match (evaluated only once a match is found, so it costs nothing on other lines) drops matches
# on lines that start with a comment marker of the rule's languages.
C_LIKE = r"//|/\*|\*(?:\s|/|$)"
def comment_guard(paths):
    fams = set()
    for p in paths:
        if p in PY: fams.add("py")
        elif p in RB: fams.add("rb")
        elif p in PHP: fams.add("php")
        elif p in ("*.html", "*.htm"): fams.add("html")
        elif p in JS + GO + JVM + CS: fams.add("c")
        else: fams.add("other")
    alts = []
    if fams & {"c", "php", "html", "other"}: alts.append(C_LIKE)
    if "html" in fams: alts.append("<!--")
    if fams & {"py", "rb", "php", "other"}:
        # A JavaScript private field (#token) or PHP attribute (#[…]) is not a comment.
        alts.append(r"#(?![\w$\[{])" if fams & {"c", "php", "html", "other"} else r"#(?!\{)" if fams == {"rb"} else "#")
    if "py" in fams: alts.append(">>>")
    return r"(?<!^\s{0,80}(?:" + "|".join(alts) + r")[^\n]{0,2000})"

def rule(**kw):
    order = ["id", "title", "target", "message", "fix", "paths", "excludePaths", "pattern", "ignoreCase",
             "keywords", "previousLine", "requireInFile", "maxLineLength", "references", "examples"]
    kw.setdefault("target", "content")
    if kw.pop("guard", True):
        kw["pattern"] = "(?:" + kw["pattern"] + ")" + comment_guard(kw["paths"])
    if any(p in JS for p in kw.get("paths", [])):
        kw.setdefault("maxLineLength", 2000)
    extra = set(kw) - set(order)
    assert not extra, extra
    rules.append({k: kw[k] for k in order if k in kw})

# ====================================================================== TLS (existing + new)

rule(
    id="tls-reject-unauthorized-false",
    title="TLS certificate checks turned off (Node.js)",
    message="rejectUnauthorized: false (or strictSSL: false in the request library) accepts any certificate for this connection, so it can be intercepted.",
    fix="Remove it. For a private CA, pass `ca: fs.readFileSync('/path/to/ca.pem')` in the same options (or set NODE_EXTRA_CA_CERTS).",
    paths=JS,
    pattern=r"\b(?:rejectUnauthorized|strictSSL)[\"']?\s*:\s*false\b",
    keywords=["rejectunauthorized", "strictssl"],
    references=[CWE(295), "https://nodejs.org/api/tls.html#tlsconnectoptions-callback"],
    examples={
        "match": [
            "const agent = new https.Agent({ rejectUnauthorized: false });",
            "  \"rejectUnauthorized\": false,",
            "const res = await axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });",
            "request({ url, strictSSL: false }, callback);",
        ],
        "noMatch": [
            "rejectUnauthorized: true",
            "rejectUnauthorized: process.env.NODE_ENV === 'production'",
            "const agent = new https.Agent({ ca: fs.readFileSync('ca.pem') });",
        ],
    },
)

rule(
    id="python-requests-verify-false",
    title="TLS certificate checks turned off (Python)",
    message="verify=False accepts any certificate for this request, so it can be intercepted.",
    fix="Remove it. For a private CA, pass the bundle: verify='/path/to/ca.pem' (or set REQUESTS_CA_BUNDLE).",
    paths=PY,
    pattern=r"\bverify\s*=\s*False\b(?<!\bjwt\w{0,12}\.decode\([^\n]{0,300})",
    keywords=["verify"],
    references=[CWE(295), "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification"],
    examples={
        "match": ["requests.get(url, verify=False)", "session.post(url, json=body, verify = False)", "client = httpx.Client(verify=False)"],
        "noMatch": ["requests.get(url, verify=True)", "requests.get(url, verify='/etc/ssl/ca.pem')", "claims = jwt.decode(token, verify=False)", "# requests.get(url, verify=False) is what we used to do"],
    },
)

rule(
    id="python-jwt-signature-not-verified",
    title="JWT decoded without checking its signature (Python)",
    message="jwt.decode with verify_signature False (or verify=False in PyJWT 1.x) accepts a token anyone can forge, so its claims (user, roles, expiry) cannot be trusted.",
    fix="Verify the signature with the expected key and algorithm: `jwt.decode(token, key, algorithms=[\"RS256\"], audience=\"my-api\")`. To read the header before verifying (to pick a key), use `jwt.get_unverified_header(token)` and still verify afterwards.",
    paths=PY,
    pattern=r"\bjwt\w{0,12}\.decode\([^\n]{0,300}?(?:\bverify\s*=\s*False\b|[\"']verify_signature[\"']\s*:\s*False\b)",
    keywords=["jwt"],
    references=[CWE(347), "https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode"],
    examples={
        "match": [
            "payload = jwt.decode(token, options={\"verify_signature\": False})",
            "claims = jwt.decode(token, verify=False)",
            "user = jwt.decode(request.headers['Authorization'][7:], 'key', algorithms=['HS256'], options={'verify_signature': False})",
        ],
        "noMatch": [
            "payload = jwt.decode(token, public_key, algorithms=[\"RS256\"], audience=\"my-api\")",
            "header = jwt.get_unverified_header(token)",
            "payload = jwt.decode(token, key, algorithms=['HS256'], options={'verify_exp': False})",
        ],
    },
)

rule(
    id="go-insecure-skip-verify",
    title="TLS certificate checks turned off (Go)",
    message="InsecureSkipVerify: true accepts any certificate, so the connection can be intercepted.",
    fix="Remove it. For a private CA, load it into a x509.CertPool and set RootCAs in the tls.Config.",
    paths=GO,
    pattern=r"\bInsecureSkipVerify\s*:\s*true\b",
    keywords=["insecureskipverify"],
    references=[CWE(295), "https://pkg.go.dev/crypto/tls#Config"],
    examples={
        "match": ["tls.Config{InsecureSkipVerify: true}", "\tInsecureSkipVerify: true,"],
        "noMatch": ["InsecureSkipVerify: false", "// never set InsecureSkipVerify"],
    },
)

rule(
    id="python-ssl-verification-disabled",
    title="TLS certificate or hostname checks turned off (Python ssl/urllib3)",
    message="An unverified SSL context, CERT_NONE or check_hostname=False accepts any certificate (or any host name), so the connection can be intercepted.",
    fix="Use the default context: `ctx = ssl.create_default_context()` (it verifies certificates and host names). For a private CA, `ssl.create_default_context(cafile='/path/to/ca.pem')`; for urllib3, `PoolManager(cert_reqs='CERT_REQUIRED', ca_certs='/path/to/ca.pem')`.",
    paths=PY,
    pattern=(r"(?<!\bdef\s{1,5})\b_create_unverified_context\b"
             r"|(?<![=!<>])=(?!=)\s*(?:ssl\.)?[\"']?CERT_NONE\b|[\"']cert_reqs[\"']\s*:\s*(?:ssl\.)?[\"']?CERT_NONE\b"
             r"|\b(?:check_hostname|verify_ssl|assert_hostname)\s*=(?!=)\s*False\b"),
    keywords=["_create_unverified_context", "cert_none", "check_hostname", "verify_ssl", "assert_hostname"],
    references=[CWE(295), "https://docs.python.org/3/library/ssl.html#security-considerations"],
    examples={
        "match": [
            "ctx = ssl._create_unverified_context()",
            "ssl._create_default_https_context = ssl._create_unverified_context",
            "ctx.verify_mode = ssl.CERT_NONE",
            "ctx.check_hostname = False",
            "http = urllib3.PoolManager(cert_reqs='CERT_NONE')",
            "sock = ssl.wrap_socket(s, cert_reqs=ssl.CERT_NONE)",
        ],
        "noMatch": [
            "ctx = ssl.create_default_context(cafile='/etc/ssl/private-ca.pem')",
            "ctx.verify_mode = ssl.CERT_REQUIRED",
            "if ctx.verify_mode == ssl.CERT_NONE:",
            "ctx.check_hostname = True",
        ],
    },
)

rule(
    id="java-tls-verification-disabled",
    title="Trust-all certificates or accept-any host name (Java/Kotlin)",
    message="A TrustManager that accepts every certificate, or a HostnameVerifier that always says yes, lets anyone in the network path impersonate the server.",
    fix="Delete the custom TrustManager/HostnameVerifier and use the platform defaults. For a private CA, load it into a KeyStore and build the context from it: `TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()); tmf.init(caKeyStore); sslContext.init(null, tmf.getTrustManagers(), null);`.",
    paths=JVM,
    pattern=(r"\bTrustSelfSignedStrategy\b|\bTrustAllStrategy\b|\bInsecureTrustManagerFactory\b"
             r"|\bloadTrustMaterial\(\s*(?:null|\w{1,30})\s*,\s*\(?[\w\s,:]{1,80}\)?\s*->\s*true\b"
             r"|getAcceptedIssuers\(\)\s*(?::\s*Array<[\w\s?]{1,40}>\??\s*)?(?:\{\s*return\s+null\b|=\s*null\b)"
             r"|checkServerTrusted\([^)]{0,160}\)\s*(?:throws\s+[\w.]{1,80}\s*)?\{\s*\}"
             r"|[hH]ostnameVerifier\s*[({]\s*\(?[\w\s,:]{1,80}\)?\s*->\s*true\b"
             r"|\bNoopHostnameVerifier\b|\bAllowAllHostnameVerifier\b|\bALLOW_ALL_HOSTNAME_VERIFIER\b"
             r"|\bboolean\s+verify\(\s*String\s+\w{1,30}\s*,\s*SSLSession\s+\w{1,30}\s*\)\s*\{\s*return\s+true\b"
             r"|\bfun\s+verify\([^)]{0,120}SSLSession[^)]{0,40}\)\s*(?::\s*Boolean\s*)?(?:=\s*true\b|\{\s*return\s+true\b)"),
    keywords=["trustallstrategy", "trustselfsigned", "insecuretrustmanager", "loadtrustmaterial", "getacceptedissuers", "checkservertrusted",
              "hostnameverifier", "hostname_verifier", "sslsession"],
    references=[CWE(295), "https://developer.android.com/privacy-and-security/security-ssl#UnknownCa"],
    examples={
        "match": [
            "public X509Certificate[] getAcceptedIssuers() { return null; }",
            "SSLContext ctx = SSLContexts.custom().loadTrustMaterial(null, (chain, authType) -> true).build();",
            "SSLContextBuilder.create().loadTrustMaterial(TrustAllStrategy.INSTANCE).build();",
            "public void checkServerTrusted(X509Certificate[] chain, String authType) {}",
            "conn.setHostnameVerifier((hostname, session) -> true);",
            "CloseableHttpClient client = HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();",
            "builder.hostnameVerifier { _, _ -> true }",
            "override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}",
        ],
        "noMatch": [
            "TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());",
            "conn.setHostnameVerifier(new DefaultHostnameVerifier());",
            "public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {",
            "HttpsURLConnection conn = (HttpsURLConnection) url.openConnection();",
            "TrustManager[] trustAllCerts = new TrustManager[] { new X509TrustManager() {",
            "sslContext.init(null, trustAll, new SecureRandom());",
            "public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }",
        ],
    },
)

rule(
    id="csharp-certificate-validation-disabled",
    title="Server certificate validation turned off (.NET)",
    message="A certificate validation callback that always returns true accepts any certificate, so HTTPS connections can be intercepted.",
    fix="Remove the callback and let .NET validate certificates. For a private CA, install it in the machine's trust store, or in the callback check `errors == SslPolicyErrors.None` or build an X509Chain with `ChainPolicy.CustomTrustStore.Add(caCert)` and `TrustMode = X509ChainTrustMode.CustomRootTrust`.",
    paths=CS,
    pattern=(r"\b(?:Server|Remote)?Certificate(?:Custom)?ValidationCallback(?:\s*(?:\+?=|:)\s*|\s*\(\s*)"
             r"(?:\([^()]{0,160}\)|\w{1,30}|delegate\s*(?:\([^()]{0,160}\))?)\s*(?:=>\s*)?\{?\s*(?:return\s+)?true\b"
             r"|\bDangerousAcceptAnyServerCertificateValidator\b"),
    keywords=["validationcallback", "dangerousacceptany"],
    references=[CWE(295), "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclienthandler.servercertificatecustomvalidationcallback"],
    examples={
        "match": [
            "ServicePointManager.ServerCertificateValidationCallback += (sender, cert, chain, errors) => true;",
            "handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;",
            "ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };",
            "handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => { return true; };",
        ],
        "noMatch": [
            "handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;",
            "var handler = new HttpClientHandler();",
            "ServicePointManager.ServerCertificateValidationCallback = ValidatePinnedCertificate;",
        ],
    },
)

rule(
    id="php-ssl-verify-disabled",
    title="TLS certificate checks turned off (PHP cURL, Guzzle, stream context)",
    message="CURLOPT_SSL_VERIFYPEER/VERIFYHOST set to false or 0 (or 'verify' => false) accepts any certificate, so the request can be intercepted.",
    fix="Remove the option (cURL verifies by default, with VERIFYHOST 2). For a private CA, point to it: `curl_setopt($ch, CURLOPT_CAINFO, '/path/to/ca.pem');` or Guzzle `'verify' => '/path/to/ca.pem'`.",
    paths=PHP,
    pattern=r"\bCURLOPT_SSL_VERIFY(?:PEER|HOST)[\"']?\s*(?:=>|,)\s*(?:false|0)\b|[\"']verify(?:_peer|_peer_name|_host)?[\"']\s*=>\s*false\b",
    ignoreCase=True,
    keywords=["curlopt_ssl_verify", "verify"],
    references=[CWE(295), "https://www.php.net/manual/en/function.curl-setopt.php"],
    examples={
        "match": [
            "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);",
            "curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);",
            "$client = new GuzzleHttp\\Client(['verify' => false]);",
            "    CURLOPT_SSL_VERIFYPEER => FALSE,",
            "$ctx = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);",
        ],
        "noMatch": [
            "curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);",
            "curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);",
            "$client = new GuzzleHttp\\Client(['verify' => '/etc/ssl/ca.pem']);",
        ],
    },
)

rule(
    id="ruby-ssl-verify-none",
    title="TLS certificate checks turned off (Ruby)",
    message="OpenSSL::SSL::VERIFY_NONE (or Faraday's ssl: { verify: false }) accepts any certificate, so the connection can be intercepted.",
    fix="Remove it and keep the default VERIFY_PEER. For a private CA, set `http.ca_file = '/path/to/ca.pem'` (Net::HTTP) or `ssl: { ca_file: '/path/to/ca.pem' }` (Faraday).",
    paths=RB,
    pattern=r"\bOpenSSL::SSL::VERIFY_NONE\b|\bssl:\s*\{[^}]{0,120}?\bverify:\s*false\b|\bverify_ssl:\s*false\b|:verify_ssl\s*=>\s*false\b",
    keywords=["verify"],
    references=[CWE(295), "https://docs.ruby-lang.org/en/master/OpenSSL/SSL.html"],
    examples={
        "match": [
            "http.verify_mode = OpenSSL::SSL::VERIFY_NONE",
            "conn = Faraday.new(url: base_url, ssl: { verify: false })",
            "RestClient::Request.execute(method: :get, url: url, verify_ssl: false)",
        ],
        "noMatch": [
            "http.verify_mode = OpenSSL::SSL::VERIFY_PEER",
            "conn = Faraday.new(url: base_url, ssl: { ca_file: '/etc/ssl/ca.pem' })",
        ],
    },
)

# ====================================================================== SQL injection

rule(
    id="js-sql-injection-template",
    title="SQL built with a template literal (JavaScript/TypeScript)",
    message="Interpolating values into SQL text with ${…} lets a crafted value change the query (SQL injection). Tagged templates such as Prisma's $queryRaw`…` or sql`…` are safe and not flagged.",
    fix="Pass values as parameters: `db.query('SELECT * FROM users WHERE id = $1', [id])` (pg), `connection.execute('SELECT * FROM users WHERE id = ?', [id])` (mysql2), `knex.raw('select * from users where id = ?', [id])`, or Prisma's tagged template `prisma.$queryRaw`SELECT * FROM \"User\" WHERE id = ${id}``. Identifiers (table/column names) must come from an allow-list.",
    paths=JS,
    pattern=(r"(?:\.(?:raw|whereRaw|orWhereRaw|andWhereRaw|havingRaw|orHavingRaw|orderByRaw|groupByRaw|joinRaw|selectRaw|fromRaw)|\$(?:queryRawUnsafe|executeRawUnsafe))\(\s*(?!" + JS_TPL_IDENT_ONLY() + r")`[^`]{0,400}?\$\{"
             r"|(?<![\w$\])])(?!" + JS_TPL_IDENT_ONLY() + r")`\s*" + HEAD("`") + r"[^`]{0,400}?\$\{(?!\s*(?:placeholders\b|[\w.]{1,40}\.map\(\s*\(\)\s*=>\s*[\"']\?))"),
    keywords=["${"],
    references=[CWE(89), OWASP_CS("SQL_Injection_Prevention_Cheat_Sheet"), "https://www.prisma.io/docs/orm/prisma-client/using-raw-sql/raw-queries"],
    examples={
        "match": [
            "const rows = await db.query(`SELECT * FROM users WHERE id = ${req.params.id}`);",
            "await prisma.$queryRawUnsafe(`SELECT * FROM \"User\" WHERE email = '${email}'`);",
            "const sql = `select id, name from orders where customer = '${customer}'`;",
            "await knex.raw(`update accounts set balance = ${amount} where id = ${id}`);",
            "query.whereRaw(`price > ${minPrice}`);",
            "await sequelize.query(`DELETE FROM sessions WHERE token = '${token}'`);",
            "const sql = `SELECT id, name FROM users ORDER BY ${req.query.sort}`;",
            "const sql = `SELECT * FROM ${table} WHERE id = ${id}`;",
        ],
        "noMatch": [
            "const rows = await db.query('SELECT * FROM users WHERE id = $1', [req.params.id]);",
            "const users = await prisma.$queryRaw`SELECT * FROM \"User\" WHERE email = ${email}`;",
            "const rows = await sql`select * from users where id = ${id}`;",
            "await connection.execute('SELECT * FROM users WHERE id = ?', [id]);",
            "const sql = `SELECT * FROM users WHERE id IN (${placeholders})`;",
            "console.log(`Select an option from ${options.length} choices`);",
            "const sql = `SELECT id, name FROM users WHERE name ILIKE $1 ORDER BY ${column}`;",
            "const { rows } = await pool.query(`SELECT count(*) FROM ${table}`);",
        ],
    },
)

rule(
    id="js-sql-injection-concat",
    title="SQL built by string concatenation (JavaScript/TypeScript)",
    message="Concatenating values into SQL text lets a crafted value change the query (SQL injection).",
    fix="Pass values as parameters instead of joining strings: `db.query('SELECT * FROM users WHERE name = $1', [name])` (pg) or `connection.execute('SELECT * FROM users WHERE name = ?', [name])` (mysql2). Identifiers (table/column names) must come from an allow-list.",
    paths=JS,
    pattern=CONCAT('"') + "|" + CONCAT("'"),
    keywords=SQL_KEYWORDS,
    references=[CWE(89), OWASP_CS("SQL_Injection_Prevention_Cheat_Sheet")],
    examples={
        "match": [
            "db.query(\"SELECT * FROM users WHERE name = '\" + req.body.name + \"'\");",
            "const sql = 'SELECT * FROM products WHERE id = ' + id;",
            "  ' AND status = ' + status +",
            "connection.query(\"DELETE FROM carts WHERE user_id = \" + userId, cb);",
        ],
        "noMatch": [
            "db.query('SELECT * FROM users WHERE name = ?', [req.body.name]);",
            "const sql = 'SELECT * FROM users ' +",
            "const sql = 'SELECT * FROM ' + TABLE_NAME + ' WHERE id = ?';",
            "alert('Delete ' + item.name + '?');",
            "const rows = await db.query('SELECT COUNT(*) FROM ' + table);",
            "db.query('SELECT id FROM users WHERE team = $1 ORDER BY ' + column, [team]);",
        ],
    },
)

rule(
    id="python-sql-injection-string-build",
    title="SQL built with f-strings, %, .format() or + (Python)",
    message="Formatting values into SQL text lets a crafted value change the query (SQL injection). DB-API placeholders with a separate parameters tuple are safe.",
    fix="Pass parameters separately and let the driver quote them: `cursor.execute(\"SELECT * FROM users WHERE id = %s\", (user_id,))` (psycopg/MySQLdb), `cursor.execute(\"SELECT * FROM users WHERE id = ?\", (user_id,))` (sqlite3), or SQLAlchemy `text(\"SELECT * FROM users WHERE id = :id\"), {\"id\": user_id}`. Identifiers must come from an allow-list (psycopg: sql.Identifier).",
    paths=PY,
    pattern=(
        r"(?<!\w)(?!" + PY_F_IDENT_ONLY('"') + r")(?:[fF][rR]?|[rR][fF])\"(?:\"\")?" + q('"', r"(?:\s*" + HEAD('"') + r"[^§]{0,300}?|[^§]{0,300}?" + W + r")") + r"(?<!\{)\{(?!\{)"
        + r"|(?<!\w)(?!" + PY_F_IDENT_ONLY("'") + r")(?:[fF][rR]?|[rR][fF])'(?:'')?" + q("'", r"(?:\s*" + HEAD("'") + r"[^§]{0,300}?|[^§]{0,300}?" + W + r")") + r"(?<!\{)\{(?!\{)"
        + r"|" + CONCAT('"', r"(?:%\s*(?![\s=])|\.format\(|" + AFTER_PLUS + r")")
        + r"|" + CONCAT("'", r"(?:%\s*(?![\s=])|\.format\(|" + AFTER_PLUS + r")")
    ),
    keywords=SQL_KEYWORDS,
    references=[CWE(89), OWASP_CS("Query_Parameterization_Cheat_Sheet"), "https://docs.python.org/3/library/sqlite3.html#sqlite3-placeholders"],
    examples={
        "match": [
            "cursor.execute(f\"SELECT * FROM users WHERE username = '{username}'\")",
            "cur.execute(\"SELECT * FROM users WHERE id = %s\" % user_id)",
            "cur.execute(\"UPDATE users SET email = '{}' WHERE id = {}\".format(email, uid))",
            "cursor.execute(\"DELETE FROM sessions WHERE token = '\" + token + \"'\")",
            "query = f'select * from orders where customer_id = {customer_id}'",
            "    f\" AND created_at > '{since}'\"",
            "cur.execute(f\"SELECT id FROM users ORDER BY {column}\")",
            "cursor.execute(f\"SELECT * FROM {table} WHERE id = {user_id}\")",
        ],
        "noMatch": [
            "cursor.execute(\"SELECT * FROM users WHERE id = %s\", (user_id,))",
            "cursor.execute(\"SELECT * FROM users WHERE id = ?\", (user_id,))",
            "db.session.execute(text(\"SELECT * FROM users WHERE id = :id\"), {\"id\": user_id})",
            "cursor.execute(\"SELECT count(*) FROM users\")",
            "print(f\"Selected {count} rows from the table\")",
            "cursor.execute(f\"SELECT COUNT(*) FROM {table}\")",
            "cur.execute(f\"SELECT id FROM users WHERE name = %s ORDER BY {column}\", (name,))",
        ],
    },
)

GO_SPRINTF = (r"\bfmt\.Sprintf\((?!" + GO_IDENT_ONLY() + r")\s*(?:\"(?=[^\"]{0,300}%[-+# 0-9.]{0,8}[a-zA-Z])" + q('"', r"\s*(?:" + HEAD('"') + r"|[^§]{0,300}?" + W + r")")
              + r"|`(?=[^`]{0,300}%[-+# 0-9.]{0,8}[a-zA-Z])" + q("`", r"\s*(?:" + HEAD("`") + r"|[^§]{0,300}?" + W + r")") + r")")
GO_DBCALL = (r"\.(?:Query|QueryRow|QueryContext|QueryRowContext|Exec|ExecContext|Prepare|PrepareContext|Raw|Where|Or|Not|Having|Order|Joins)\(\s*(?:\w{1,20},\s*)?"
             r"(?:fmt\.Sprintf\((?!" + GO_IDENT_ONLY() + r")|\"[^\"]{0,300}\"\s*\+\s*(?![\s\"`]|$)|[\w.]{1,60}\s*\+\s*(?![\s\"`]|$))")
rule(
    id="go-sql-injection-string-build",
    title="SQL built with fmt.Sprintf or + (Go)",
    message="Formatting or concatenating values into SQL text lets a crafted value change the query (SQL injection).",
    fix="Use placeholders and pass the values as arguments: `db.QueryContext(ctx, \"SELECT * FROM users WHERE id = $1\", id)` (Postgres) or `db.Query(\"SELECT * FROM users WHERE id = ?\", id)` (MySQL/SQLite); with GORM, `db.Where(\"name = ?\", name)`. Identifiers must come from an allow-list.",
    paths=GO,
    pattern=GO_DBCALL + "|" + GO_SPRINTF + "|" + CONCAT('"') + "|" + CONCAT("`"),
    keywords=SQL_KEYWORDS + ["sprintf", "query", "exec", "prepare", "raw", "joins", "having", "not(", "or(", "order("],
    references=[CWE(89), "https://go.dev/doc/database/sql-injection"],
    examples={
        "match": [
            "rows, err := db.Query(fmt.Sprintf(\"SELECT * FROM users WHERE name = '%s'\", name))",
            "query := fmt.Sprintf(\"DELETE FROM sessions WHERE token = '%s'\", token)",
            "row := db.QueryRow(\"SELECT id FROM accounts WHERE email = '\" + email + \"'\")",
            "_, err = db.ExecContext(ctx, \"UPDATE users SET role = '\" + role + \"' WHERE id = 1\")",
            "db.Where(\"name = '\" + name + \"'\").First(&user)",
            "db.Order(\"created_at \" + direction).Find(&posts)",
            "query := fmt.Sprintf(\"SELECT id, name FROM users ORDER BY %s LIMIT %d\", orderBy, limit)",
        ],
        "noMatch": [
            "rows, err := db.QueryContext(ctx, \"SELECT * FROM users WHERE id = $1\", id)",
            "row := db.QueryRow(\"SELECT id FROM accounts WHERE email = ?\", email)",
            "db.Where(\"name = ?\", name).First(&user)",
            "msg := fmt.Sprintf(\"selected %d rows\", n)",
            "key := fmt.Sprintf(\"user:%d\", id)",
            "err := db.QueryRowContext(ctx, fmt.Sprintf(\"SELECT COUNT(*) FROM %s\", table)).Scan(&n)",
            "rows, err := db.Query(fmt.Sprintf(\"SELECT id FROM users WHERE team = $1 ORDER BY %s\", column), team)",
        ],
    },
)

JAVA_FORMAT = (r"\bString\.format\(\s*(?:Locale\.\w{1,10}\s*,\s*)?\"(?=[^\"]{0,300}%[-+# 0-9.]{0,8}[a-zA-Z])"
               + q('"', r"\s*(?:" + HEAD('"') + r"|[^§]{0,300}?" + W + r")"))
JAVA_FORMATTED = '"' + SQL_STR('"') + r"\.formatted\("
JAVA_JDBC = (r"(?:\.(?:executeQuery|executeUpdate|executeLargeUpdate|addBatch|prepareStatement|prepareCall|createQuery|createNativeQuery|createSQLQuery)"
             r"|\b[jJ]dbcTemplate\.(?:query\w{0,12}|update|execute|batchUpdate))\(\s*"
             r"(?:\"[^\"]{0,300}\"\s*\+\s*(?![\s\"]|$)|[\w.]{1,60}\s*\+\s*(?![\s\"]|$)|String\.format\()")
JAVA_TEMPLATE = '"' + q('"', r"(?:\s*" + HEAD('"') + r"[^§]{0,300}?|[^§]{0,300}?" + W + r")") + r"\$\{?[A-Za-z_]"
rule(
    id="java-sql-injection-string-build",
    title="SQL built by concatenation, String.format or string templates (Java/Kotlin/Groovy/Scala)",
    message="Concatenating or formatting values into SQL/JPQL text lets a crafted value change the query (SQL injection).",
    fix="Use a PreparedStatement with ? placeholders: `PreparedStatement ps = conn.prepareStatement(\"SELECT * FROM users WHERE name = ?\"); ps.setString(1, name);`, `jdbcTemplate.query(\"SELECT * FROM users WHERE id = ?\", mapper, id)`, or JPA `em.createQuery(\"SELECT u FROM User u WHERE u.name = :name\").setParameter(\"name\", name)`.",
    paths=JVM,
    pattern=JAVA_JDBC + "|" + JAVA_FORMAT + "|" + JAVA_FORMATTED + "|" + CONCAT('"') + "|" + JAVA_TEMPLATE,
    keywords=SQL_KEYWORDS + ["execute", "prepare", "query", "jdbctemplate", "addbatch", "format"],
    references=[CWE(89), OWASP_CS("Query_Parameterization_Cheat_Sheet")],
    examples={
        "match": [
            "ResultSet rs = stmt.executeQuery(\"SELECT * FROM users WHERE name = '\" + name + \"'\");",
            "ResultSet rs = conn.createStatement().executeQuery(\"SELECT * FROM accounts WHERE id = \" + id);",
            "List<User> users = jdbcTemplate.query(\"SELECT * FROM users WHERE email = '\" + email + \"'\", mapper);",
            "String sql = String.format(\"DELETE FROM orders WHERE id = %s\", orderId);",
            "val rows = jdbc.queryForList(\"SELECT * FROM users WHERE name = '$name'\")",
            "em.createQuery(\"SELECT u FROM User u WHERE u.name = '\" + name + \"'\");",
        ],
        "noMatch": [
            "PreparedStatement ps = conn.prepareStatement(\"SELECT * FROM users WHERE name = ?\");",
            "List<User> users = jdbcTemplate.query(\"SELECT * FROM users WHERE email = ?\", mapper, email);",
            "em.createQuery(\"SELECT u FROM User u WHERE u.name = :name\").setParameter(\"name\", name);",
            "String sql = \"SELECT * FROM users \" +",
            "log.info(\"Deleted \" + count + \" rows\");",
        ],
    },
)

PHP_VAR = r"(?:\{\$|\$[A-Za-z_])"
PHP_AFTER_DOT = r"\.\s*(?![\"'\s]|$|\(int\)|\(float\)|intval\(|floatval\(|\$\w{1,30}->quote\(|[A-Z][A-Z0-9_]{0,63}\b(?!\s*\())"
rule(
    id="php-sql-injection",
    title="SQL built with interpolated or concatenated variables (PHP)",
    message="Putting $variables into SQL text (\"… WHERE id = $id\", '…' . $x) lets a crafted value change the query (SQL injection).",
    fix="Use prepared statements: `$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?'); $stmt->execute([$email]);` or mysqli `$stmt = $mysqli->prepare('SELECT * FROM users WHERE id = ?'); $stmt->bind_param('i', $id);`. In Laravel, `DB::select('select * from users where id = ?', [$id])` or the query builder.",
    paths=PHP,
    pattern=('"' + q('"', r"\s*" + HEAD('"') + r"[^§]{0,300}?") + PHP_VAR
             + "|" + W + PHP_VAR
             + "|" + CONCAT('"', PHP_AFTER_DOT) + "|" + CONCAT("'", PHP_AFTER_DOT)),
    keywords=SQL_KEYWORDS,
    references=[CWE(89), "https://www.php.net/manual/en/pdo.prepared-statements.php"],
    examples={
        "match": [
            "$result = mysqli_query($conn, \"SELECT * FROM users WHERE id = $id\");",
            "$rows = $pdo->query(\"SELECT * FROM users WHERE email = '{$_GET['email']}'\");",
            "$db->query('SELECT * FROM products WHERE category = ' . $_GET['cat']);",
            "$sql = \"UPDATE users SET password = '\" . $hash . \"' WHERE id = \" . $id;",
            "    WHERE name LIKE '%$term%'",
        ],
        "noMatch": [
            "$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');",
            "$stmt = $pdo->prepare('SELECT * FROM users WHERE email = :email');",
            "$db->query('SELECT * FROM products WHERE id = ' . (int)$_GET['id']);",
            "$users = DB::select('select * from users where active = ?', [1]);",
        ],
    },
)

rule(
    id="ruby-sql-injection-interpolation",
    title="SQL built with #{…} interpolation (Ruby/Rails)",
    message="Interpolating values into SQL fragments (where(\"name = '#{params[:name]}'\"), find_by_sql, execute) lets a crafted value change the query (SQL injection).",
    fix="Let Active Record bind values: `User.where(name: params[:name])`, `User.where(\"name = ?\", params[:name])`, `User.find_by_sql([\"SELECT * FROM users WHERE email = ?\", email])`, or `sanitize_sql_array`. Column names for order/pluck must come from an allow-list.",
    paths=RB,
    pattern=(r"\.(?:where|not|or|rewhere|having|order|reorder|group|joins|left_joins|select|pluck|from|find_by_sql|count_by_sql|exists\?|find_by|execute|exec_query|exec_update|exec_delete|exec_insert|select_all|select_one|select_value|select_values|select_rows|delete_all|delete_by|update_all|destroy_by)\s*(?:\(\s*)?\"[^\"]{0,300}?#\{"
             r"|\"\s*" + HEAD('"') + r"[^\"]{0,300}?#\{"
             r"|" + W + r"#\{"),
    keywords=["#{"],
    references=[CWE(89), "https://guides.rubyonrails.org/security.html#sql-injection"],
    examples={
        "match": [
            "User.where(\"name = '#{params[:name]}'\")",
            "Order.find_by_sql(\"SELECT * FROM orders WHERE customer_id = #{customer_id}\")",
            "ActiveRecord::Base.connection.execute(\"DELETE FROM carts WHERE token = '#{token}'\")",
            "Product.order(\"#{params[:sort]} ASC\")",
            "        WHERE email = '#{email}'",
        ],
        "noMatch": [
            "User.where(name: params[:name])",
            "User.where(\"name = ?\", params[:name])",
            "Order.find_by_sql([\"SELECT * FROM orders WHERE customer_id = ?\", customer_id])",
            "puts \"Selected #{count} rows\"",
        ],
    },
)

CS_SAFE_EF = r"(?<!\b(?:FromSql|FromSqlInterpolated|ExecuteSql|ExecuteSqlAsync|ExecuteSqlInterpolated|ExecuteSqlInterpolatedAsync|SqlQuery(?:<[\w.,\s]{1,60}>)?)\(\s*)"
CS_INTERP = (CS_SAFE_EF + r"(?:\$@?|@\$)\"" + q('"', r"(?:\s*" + HEAD('"') + r"[^§]{0,300}?|[^§]{0,300}?" + W + r")") + r"(?<!\{)\{(?!\{)")
CS_FORMAT = (r"\b[sS]tring\.Format\(\s*\"(?=[^\"]{0,300}\{\d)" + q('"', r"\s*(?:" + HEAD('"') + r"|[^§]{0,300}?" + W + r")"))
rule(
    id="csharp-sql-injection-string-build",
    title="SQL built with interpolation, string.Format or + (C#)",
    message="Interpolating or concatenating values into SQL text (SqlCommand, Dapper, FromSqlRaw/ExecuteSqlRaw) lets a crafted value change the query (SQL injection). EF Core's FromSql/FromSqlInterpolated/ExecuteSql turn $\"…{x}\" into parameters and are not flagged.",
    fix="Use parameters: `var cmd = new SqlCommand(\"SELECT * FROM Users WHERE Id = @id\", conn); cmd.Parameters.AddWithValue(\"@id\", id);`, Dapper `conn.Query<User>(\"SELECT * FROM Users WHERE Id = @Id\", new { Id = id })`, or EF Core `context.Users.FromSql($\"SELECT * FROM Users WHERE Id = {id}\")`.",
    paths=CS,
    pattern=CS_INTERP + "|" + CS_FORMAT + "|" + CONCAT('"'),
    keywords=SQL_KEYWORDS + ["format"],
    references=[CWE(89), "https://learn.microsoft.com/en-us/ef/core/querying/sql-queries"],
    examples={
        "match": [
            "var cmd = new SqlCommand($\"SELECT * FROM Users WHERE Name = '{name}'\", conn);",
            "var cmd = new SqlCommand(\"SELECT * FROM Users WHERE Id = \" + id, conn);",
            "var users = context.Users.FromSqlRaw($\"SELECT * FROM Users WHERE Email = '{email}'\").ToList();",
            "var sql = string.Format(\"DELETE FROM Orders WHERE Id = {0}\", orderId);",
            "var user = conn.QueryFirst<User>($\"select * from users where id = {id}\");",
        ],
        "noMatch": [
            "var cmd = new SqlCommand(\"SELECT * FROM Users WHERE Id = @id\", conn);",
            "var users = context.Users.FromSql($\"SELECT * FROM Users WHERE Email = {email}\").ToList();",
            "await context.Database.ExecuteSqlInterpolatedAsync($\"DELETE FROM Orders WHERE Id = {id}\");",
            "var user = conn.QueryFirst<User>(\"select * from users where id = @Id\", new { Id = id });",
        ],
    },
)

# ====================================================================== XSS

rule(
    id="js-xss-inner-html",
    title="HTML from a variable written into the DOM (innerHTML, outerHTML, insertAdjacentHTML)",
    message="Assigning non-literal HTML to innerHTML/outerHTML or insertAdjacentHTML runs any markup and event handlers it carries, so user-controlled text becomes cross-site scripting.",
    fix="For text, use `el.textContent = value` (or `document.createTextNode`). For HTML you must render, sanitize it first: `el.innerHTML = DOMPurify.sanitize(html)`, or build elements with `document.createElement`.",
    paths=JS_DOM,
    pattern=(r"\.(?:innerHTML|outerHTML)\s*\+?=(?!=)\s*" + JSNL
             + r"|\.insertAdjacentHTML\(\s*(?:\"[^\"]{1,20}\"|'[^']{1,20}'|[\w$.]{1,40})\s*,\s*" + JSNL),
    keywords=["innerhtml", "outerhtml", "insertadjacenthtml"],
    references=[CWE(79), OWASP_CS("DOM_based_XSS_Prevention_Cheat_Sheet"), "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations"],
    examples={
        "match": [
            "container.innerHTML = html;",
            "el.innerHTML = `<p>Hello, ${user.name}</p>`;",
            "list.innerHTML += '<li>' + item.title + '</li>';",
            "document.getElementById('out').outerHTML = response.data;",
            "table.insertAdjacentHTML('beforeend', rowHtml);",
        ],
        "noMatch": [
            "el.innerHTML = '';",
            "el.innerHTML = '<b>static</b>';",
            "el.textContent = user.name;",
            "el.innerHTML = DOMPurify.sanitize(html);",
            "if (el.innerHTML === '') return;",
            " * el.innerHTML = html; is unsafe, use textContent",
            "table.insertAdjacentHTML('beforeend', '<tr><td></td></tr>');",
        ],
    },
)

rule(
    id="js-xss-document-write",
    title="document.write with a non-literal value",
    message="document.write parses its argument as HTML, so writing a variable or concatenated text runs any script it carries (cross-site scripting).",
    fix="Create elements and set their text instead: `const p = document.createElement('p'); p.textContent = value; document.body.append(p);`. If HTML is required, sanitize it with DOMPurify.sanitize first.",
    paths=JS_DOM,
    pattern=r"\bdocument\.write(?:ln)?\(\s*" + JSNL,
    keywords=["document.write"],
    references=[CWE(79), "https://developer.mozilla.org/en-US/docs/Web/API/Document/write"],
    examples={
        "match": [
            "document.write(location.hash.substring(1));",
            "document.write('<h1>Welcome ' + name + '</h1>');",
            "document.writeln(`<p>${message}</p>`);",
        ],
        "noMatch": [
            "document.write('<p>Loading…</p>');",
            "document.write(DOMPurify.sanitize(html));",
            "document.title = name;",
        ],
    },
)

rule(
    id="react-dangerously-set-inner-html",
    title="dangerouslySetInnerHTML with a non-literal value (React)",
    message="dangerouslySetInnerHTML renders its __html as raw HTML; unsanitized data there is cross-site scripting. Values wrapped in DOMPurify.sanitize (or another sanitize/escape call) are not flagged.",
    fix="Render text as children (`<div>{text}</div>` is escaped by React). If you must render HTML, sanitize it: `<div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(html) }} />`.",
    paths=JS,
    pattern=(r"dangerouslySetInnerHTML\s*(?:=\s*\{\s*\{|:\s*\{)\s*__html\s*:\s*" + JSNL
             + r"|dangerouslySetInnerHTML\s*=\s*\{\s*(?!\{)" + JSNL),
    keywords=["dangerouslysetinnerhtml"],
    references=[CWE(79), "https://react.dev/reference/react-dom/components/common#dangerously-setting-the-inner-html"],
    examples={
        "match": [
            "<div dangerouslySetInnerHTML={{ __html: post.body }} />",
            "<span dangerouslySetInnerHTML={{__html: marked(comment)}} />",
            "<div dangerouslySetInnerHTML={createMarkup(html)} />",
            "React.createElement('div', { dangerouslySetInnerHTML: { __html: html } });",
        ],
        "noMatch": [
            "<div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.body) }} />",
            "<div dangerouslySetInnerHTML={{ __html: '<br/>' }} />",
            "<div>{post.body}</div>",
        ],
    },
)

# ====================================================================== eval

rule(
    id="js-eval-non-literal",
    title="eval or new Function on a non-literal (JavaScript/TypeScript)",
    message="eval(x) and new Function(x) run x as code; if any part of it comes from input, an attacker runs code in your page or server.",
    fix="Parse data instead of running it: `JSON.parse(text)` for JSON, a lookup table (`handlers[name]()`) instead of building code, or a real expression parser for formulas.",
    paths=JS_DOM,
    pattern=(r"(?:(?<![\w$.])(?<!\bfunction\s{1,5})|\b(?:window|globalThis|self|global)\.)eval\(\s*(?![^()]{0,100}\)\s*\{)" + JSNL
             + r"|(?<![\w$.])(?<!\bfunction\s{1,5})(?:new\s+)?Function\(\s*(?![^()]{0,100}\)\s*\{)(?:(?:\"[^\"]{0,200}\"|'[^']{0,200}')\s*,\s*){0,8}" + JSNL),
    keywords=["eval(", "function("],
    references=[CWE(95), "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval#never_use_direct_eval!"],
    examples={
        "match": [
            "const result = eval(req.query.expr);",
            "eval('(' + text + ')');",
            "const fn = new Function('a', 'b', body);",
            "const run = new Function(`return ${code}`);",
            "window.eval(script);",
        ],
        "noMatch": [
            "const data = JSON.parse(text);",
            "const add = new Function('a', 'b', 'return a + b');",
            "const total = redis.eval(script, 1, key);",
            "eval('2 + 2');",
            "  eval(node) {",
            "// never eval(userInput) here",
        ],
    },
)

rule(
    id="js-timer-string-code",
    title="setTimeout/setInterval given a string of code",
    message="A string first argument to setTimeout or setInterval is evaluated like eval, so any input mixed into it runs as code (and CSP blocks it).",
    fix="Pass a function: `setTimeout(() => refresh(id), 1000)`.",
    paths=JS_DOM,
    pattern=(r"\b(?:setTimeout|setInterval)\(\s*(?:[\"'`]"
             r"|(?:[\w$]{1,40}\.){0,3}(?:code|script|js|expr|expression|snippet|source|src|cmd|command|codeString|jsCode|scriptText|handlerCode)\s*[,)]"
             r"|(?:[\w$]{1,40}\.){0,3}(?:getAttribute|getItem|(?:searchParams|params|urlParams|query|qs)\.get)\(\s*[\"'][^\"']{1,40}[\"']\s*\)\s*[,)]"
             r"|(?:window\.)?location\.(?:hash|search|href)\b|document\.(?:cookie|URL|referrer)\b)"),
    keywords=["settimeout(", "setinterval("],
    references=[CWE(95), "https://developer.mozilla.org/en-US/docs/Web/API/Window/setTimeout#passing_string_literals"],
    examples={
        "match": [
            "setTimeout(\"refresh(\" + id + \")\", 1000);",
            "setInterval('poll()', 5000);",
            "window.setTimeout(`show('${msg}')`, 100);",
            "if (code) setTimeout(code, 0);",
            "setTimeout(el.getAttribute('data-onload'), 10);",
            "setTimeout(location.hash.slice(1), 0);",
        ],
        "noMatch": [
            "setTimeout(() => refresh(id), 1000);",
            "setInterval(poll, 5000);",
            "setTimeout(callback, 0);",
            "const timer = setTimeout(resolve, ms);",
        ],
    },
)

rule(
    id="python-eval-exec-non-literal",
    title="eval/exec on a non-literal (Python)",
    message="eval() and exec() run their argument as Python code; if any part of it comes from input, an attacker runs code with your process's rights.",
    fix="Parse data instead of running it: `ast.literal_eval(text)` for Python literals, `json.loads(text)` for JSON, a dict of allowed functions instead of building code.",
    paths=PY,
    pattern=r"(?<![\w.])(?<!\bdef\s{1,10})(?:eval|exec)\(\s*(?!open\(\s*[rRbBuU]{0,2}[\"'])" + PYNL,
    keywords=["eval(", "exec("],
    references=[CWE(95), "https://docs.python.org/3/library/ast.html#ast.literal_eval"],
    examples={
        "match": [
            "result = eval(request.args.get('expr'))",
            "exec(f\"x = {value}\")",
            "value = eval(\"config.\" + name)",
            "exec(code, namespace)",
        ],
        "noMatch": [
            "value = ast.literal_eval(text)",
            "result = eval(\"1 + 1\")",
            "exec(open('mypkg/version.py').read(), about)",
            "def eval(self, node):",
            "# eval(user_input) used to be here",
            ">>> eval(repr(d)) == d",
            "model.eval()",
        ],
    },
)

# ====================================================================== weak password hashing

PW = r"(?:passw(?:or)?d|passphrase|pwd)"
HASHCALL = (r"(?:createHash\(\s*[\"'](?:md4|md5|sha-?1)[\"']\s*\)|\bhashlib\.(?:md5|sha1)\(|\bhashlib\.new\(\s*[\"'](?:md5|sha1)[\"']"
            r"|\bCryptoJS\.(?:MD5|SHA1)\(|(?<![\w$>.:])(?:md5|sha1)\(|\bhash\(\s*[\"'](?:md5|sha1)[\"']\s*,"
            r"|\bDigest::(?:MD5|SHA1)\.(?:hexdigest|digest|base64digest)\(|\b(?:md5|sha1)\.Sum\(|\b(?:MD5|SHA1)\.HashData\()")
rule(
    id="md5-sha1-password-hash",
    title="Password hashed with MD5 or SHA-1",
    message="MD5 and SHA-1 are fast, unsalted hashes: a leaked table of them is cracked in hours with commodity GPUs. Passwords need a slow, salted password hash. (MD5 of files or cache keys is not flagged: the line must name a password.)",
    fix="Use a password hashing function: Node `await bcrypt.hash(password, 12)` or `argon2.hash(password)`; Python `argon2.PasswordHasher().hash(password)` or `bcrypt.hashpw(pw, bcrypt.gensalt())`; PHP `password_hash($password, PASSWORD_DEFAULT)` / `password_verify`; Go `bcrypt.GenerateFromPassword(pw, bcrypt.DefaultCost)`; Ruby `BCrypt::Password.create(password)`; .NET `PasswordHasher<TUser>` or Rfc2898DeriveBytes.Pbkdf2.",
    paths=JS + PY + PHP + RB + GO + CS,
    pattern=HASHCALL + r"(?=(?:(?!//|/\*|(?<![\w$\"'])#(?![{\[]))[^\n]){0,200}?" + PW + r")|" + PW + r"[^\n]{0,200}?" + HASHCALL,
    ignoreCase=True,
    keywords=["md4", "md5", "sha1", "sha-1"],
    references=[CWE(916), OWASP_CS("Password_Storage_Cheat_Sheet")],
    examples={
        "match": [
            "const hashed = crypto.createHash('md5').update(password).digest('hex');",
            "hashed = hashlib.md5(password.encode()).hexdigest()",
            "pw_hash = hashlib.sha1(pwd.encode('utf-8')).hexdigest()",
            "$hash = md5($_POST['password']);",
            "if (sha1($password . $salt) === $user['password_hash']) {",
            "user.passwordHash = md5(req.body.password);",
            "sum := md5.Sum([]byte(password))",
        ],
        "noMatch": [
            "const etag = crypto.createHash('md5').update(body).digest('hex');",
            "checksum = hashlib.md5(data).hexdigest()",
            "$hash = password_hash($password, PASSWORD_DEFAULT);",
            "const hash = await bcrypt.hash(password, 12);",
            "digest = hashlib.sha256(file_bytes).hexdigest()",
            "return createHash(\"sha1\").update(data).digest(\"hex\"); // git-style object id, not a password",
            "oid = hashlib.sha1(blob).hexdigest()  # content id, not for passwords",
        ],
    },
)

rule(
    id="java-md5-sha1-password-hash",
    title="Password hashed with MD5/SHA-1 or stored as plain text (Java/Kotlin)",
    message="MessageDigest MD5/SHA-1 (and Spring's Md5/Sha/NoOp password encoders) are fast or no hashes at all: leaked password tables are cracked quickly. Flagged only when the lines being committed mention a password.",
    fix="Use a password encoder built for passwords: Spring Security `PasswordEncoder encoder = new BCryptPasswordEncoder(); encoder.encode(rawPassword)` (or `Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()`), and `encoder.matches(raw, stored)` to check.",
    paths=JVM,
    pattern=(r"\bMessageDigest\.getInstance\(\s*\"(?:MD2|MD5|SHA-?1|SHA)\"\s*[,)]|\bDigestUtils\.(?:md2|md5|sha1?|md5Digest)(?:Hex|AsHex)?\("
             r"|\bnew\s+(?:Md4|Md5|Sha|LdapSha|MessageDigest)PasswordEncoder\(|\bNoOpPasswordEncoder\.getInstance\("),
    ignoreCase=True,
    keywords=["md5", "md2", "sha", "passwordencoder"],
    requireInFile=[r"passw(?:or)?d|passphrase|\bpwd\b"],
    references=[CWE(916), OWASP_CS("Password_Storage_Cheat_Sheet"), "https://docs.spring.io/spring-security/reference/features/authentication/password-storage.html"],
    examples={
        "match": [
            "MessageDigest md = MessageDigest.getInstance(\"MD5\");\nbyte[] hash = md.digest(password.getBytes(StandardCharsets.UTF_8));",
            "String hashed = DigestUtils.md5Hex(user.getPassword());",
            "return NoOpPasswordEncoder.getInstance();",
            "val md = MessageDigest.getInstance(\"SHA-1\")\nval hash = md.digest(pwd.toByteArray())",
        ],
        "noMatch": [
            "MessageDigest md = MessageDigest.getInstance(\"MD5\");\nbyte[] checksum = md.digest(fileBytes);",
            "MessageDigest md = MessageDigest.getInstance(\"SHA-256\");\nbyte[] hash = md.digest(password.getBytes());",
            "PasswordEncoder encoder = new BCryptPasswordEncoder();",
        ],
    },
)

# ====================================================================== weak crypto

rule(
    id="node-crypto-create-cipher",
    title="crypto.createCipher / createDecipher (deprecated, weak key derivation)",
    message="createCipher derives the key from a password with a single MD5 round and no salt, and reuses the same IV for every message; it was removed in Node.js 22.",
    fix="Derive a key with `crypto.scryptSync(password, salt, 32)` (or use a random 32-byte key), generate a fresh IV per message, and use an AEAD mode: `crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12))`, storing the IV and `cipher.getAuthTag()` with the ciphertext.",
    paths=JS,
    pattern=r"(?<!\bfunction\s{1,5})\bcreate(?:Cipher|Decipher)\(\s*[^\s)]",
    keywords=["createcipher(", "createdecipher("],
    references=[CWE(327), "https://nodejs.org/api/deprecations.html#DEP0106"],
    examples={
        "match": [
            "const cipher = crypto.createCipher('aes-256-cbc', password);",
            "const decipher = createDecipher('aes192', secret);",
        ],
        "noMatch": [
            "const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
            "const decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);",
        ],
    },
)

rule(
    id="cipher-ecb-mode",
    title="Block cipher in ECB mode",
    message="ECB encrypts equal plaintext blocks to equal ciphertext blocks, so patterns in the data show through and blocks can be cut and pasted. Java's Cipher.getInstance(\"AES\") without a mode means AES/ECB/PKCS5Padding.",
    fix="Use an authenticated mode with a fresh nonce per message: Java `Cipher.getInstance(\"AES/GCM/NoPadding\")` with a 12-byte random IV and GCMParameterSpec(128, iv); Node `createCipheriv('aes-256-gcm', key, iv)`; Python `AESGCM(key).encrypt(nonce, data, aad)` (cryptography); PHP `openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag)`; .NET `AesGcm`.",
    paths=ALL_CODE,
    pattern=(r"\b(?:aes|aria|camellia)-?(?:128|192|256)-ecb\b|\b(?:des|bf|blowfish|cast5?|rc2|idea|seed|sm4)-ecb\b|\bdes-ede3?(?![\w-])"
             r"|\b(?!RSA/)\w{2,12}/ECB/|\bMODE_ECB\b|\bmodes\.ECB\(|\bCipherMode\.ECB\b"
             r"|\bCipher\.getInstance\(\s*\"(?:AES|DES|DESede|TripleDES|Blowfish|RC2)\"\s*[,)]"),
    ignoreCase=True,
    keywords=["ecb", "cipher.getinstance", "des-ede"],
    references=[CWE(327), "https://csrc.nist.gov/pubs/sp/800/38/a/final"],
    examples={
        "match": [
            "Cipher cipher = Cipher.getInstance(\"AES/ECB/PKCS5Padding\");",
            "Cipher cipher = Cipher.getInstance(\"AES\");",
            "cipher = AES.new(key, AES.MODE_ECB)",
            "const cipher = crypto.createCipheriv('aes-128-ecb', key, null);",
            "$enc = openssl_encrypt($data, 'AES-256-ECB', $key);",
            "aes.Mode = CipherMode.ECB;",
        ],
        "noMatch": [
            "Cipher cipher = Cipher.getInstance(\"AES/GCM/NoPadding\");",
            "cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)",
            "const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);",
            "const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);",
            "Cipher rsa = Cipher.getInstance(\"RSA/ECB/OAEPWithSHA-256AndMGF1Padding\");",
        ],
    },
)

SECWORD = (r"(?:token|secret|passw(?:or)?d|pwd|passcode|nonce|salt|otp|csrf|xsrf|api_?key|secret_?key|session_?(?:id|key)"
           r"|private_?key|access_?key|auth_?key|signing_?key|encryption_?key"
           r"|(?:reset|verification|verify|auth|invite|confirm(?:ation)?|one_?time|sms|email|login|mfa|2fa|activation|recovery)_?code|(?<![.\w$])(?:code|pin)\b)")
rule(
    id="js-math-random-secret",
    title="Math.random() used for a token, password, nonce or code",
    message="Math.random() is not cryptographically secure: its output can be predicted from earlier values, so tokens, passwords, OTPs, salts or nonces made from it can be guessed.",
    fix="Use the platform CSPRNG: Node `crypto.randomBytes(32).toString('hex')`, `crypto.randomUUID()`, `crypto.randomInt(0, 1_000_000)` for numeric codes; browsers `crypto.getRandomValues(new Uint8Array(32))` or `crypto.randomUUID()`.",
    paths=JS_DOM,
    # Also without a secret word: a long string (32+ characters, or built into a ...key) picked
    # character by character from an alphabet, and the six-digit-code idiom
    # 100000 + Math.random() * 900000. Short random strings (ids, boundaries) are not flagged.
    pattern=(SECWORD + r"[^\n]{0,200}?\bMath\.random\(\)|\bMath\.random\(\)[^\n]{0,200}?" + SECWORD
             + r"|(?:(?<![\w$])[\w$]{0,30}key\s*(?:\+?=|:)|<=?\s*(?:3[2-9]|[4-9]\d|\d{3,})\b|\bArray(?:\.from)?\(\s*(?:\{\s*length\s*:\s*)?(?:3[2-9]|[4-9]\d|\d{3,})\b)[^\n]{0,160}?"
             + r"(?:[\"'`][A-Za-z0-9_\-+/]{16,}[\"'`]|\b[\w$]{0,30}(?:chars|charset|alphabet|letters|characters|symbols|possible)[\w$]{0,10})\s*(?:\[|\.charAt\()\s*(?:Math\.floor\(|~~|\(|parseInt\(|Math\.round\()?\s*Math\.random\(\)"
             + r"|\b10{3,}\s*\+\s*Math\.floor\(\s*Math\.random\(\)\s*\*\s*90{3,}|\b10{3,}\s*\+\s*Math\.random\(\)\s*\*\s*90{3,}|Math\.random\(\)\s*\*\s*90{3,}\s*\)?\s*\+\s*10{3,}\b"),
    ignoreCase=True,
    keywords=["math.random"],
    references=[CWE(338), "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/random"],
    examples={
        "match": [
            "const token = Math.random().toString(36).substring(2);",
            "const otp = Math.floor(100000 + Math.random() * 900000);",
            "user.resetCode = Math.floor(Math.random() * 1e6).toString();",
            "const sessionId = Date.now().toString(36) + Math.random().toString(36).slice(2);",
            "const apiKey = [...Array(32)].map(() => chars[Math.floor(Math.random() * chars.length)]).join('');",
            "for (let i = 0; i < 40; i++) key += \"abcdefghijklmnopqrstuvwxyz0123456789\"[Math.floor(Math.random() * 36)];",
            "for (let i = 0; i < 32; i++) out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length));",
            "const n = Math.floor(100000 + Math.random() * 900000);",
        ],
        "noMatch": [
            "const token = crypto.randomBytes(32).toString('hex');",
            "const delay = Math.random() * 1000;",
            "<li key={Math.random()}>{item}</li>",
            "const id = Math.random().toString(36).slice(2);",
            "const color = colors[Math.floor(Math.random() * colors.length)];",
            "return Math.min(30000, 2 ** attempt * 100) + Math.floor(Math.random() * 100);",
            "while (size--) { str += alphabet[Math.random() * length | 0]; }",
        ],
    },
)

RND = r"\brandom\.(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform)\("
rule(
    id="python-random-secret",
    title="random module used for a token, password, nonce or code (Python)",
    message="The random module is a predictable Mersenne Twister, not a secure generator: tokens, passwords, OTPs or salts made with it can be reconstructed.",
    fix="Use the secrets module: `secrets.token_urlsafe(32)`, `secrets.token_hex(16)`, `''.join(secrets.choice(alphabet) for _ in range(20))`, `f\"{secrets.randbelow(10**6):06d}\"` for numeric codes.",
    paths=PY,
    # Also without a secret word: a string drawn from an alphabet, and the six-digit-code idiom.
    pattern=(SECWORD + r"[^\n]{0,200}?" + RND + r"|" + RND + r"[^\n]{0,200}?" + SECWORD
             # a string of 32+ characters drawn from an alphabet (shorter ones are temp-file suffixes, ids)
             + r"|\brandom\.(?:choices|choice|sample)\(\s*(?:string\.(?:ascii_\w+|digits|hexdigits|printable|punctuation|letters)|[\w.]{0,30}(?:chars|charset|alphabet|letters|characters|symbols)\w{0,10}\b)"
             + r"[^\n]{0,80}?(?:\bk\s*=\s*|\brange\(\s*)(?:3[2-9]|[4-9]\d|\d{3,})\b"
             + r"|\brandom\.rand(?:int|range)\(\s*10{3,}\s*,\s*(?:9{4,}|10{4,})\s*\)"),
    ignoreCase=True,
    keywords=["random."],
    references=[CWE(338), "https://docs.python.org/3/library/secrets.html"],
    examples={
        "match": [
            "token = ''.join(random.choices(string.ascii_letters + string.digits, k=32))",
            "otp = random.randint(100000, 999999)",
            "reset_code = str(random.randrange(10**6)).zfill(6)",
            "salt = ''.join(random.choice(ALPHABET) for _ in range(16))",
            "return \"\".join(random.choices(string.ascii_letters + string.digits, k=40))",
            "return str(random.randint(100000, 999999))",
        ],
        "noMatch": [
            "token = secrets.token_urlsafe(32)",
            "delay = random.uniform(0.5, 1.5)",
            "sample = random.sample(population, 10)",
            "color = random.choice(COLORS)",
            "port = random.randint(1024, 65535)",
            "name = basename + \"\".join(random.choice(alphabet) for _ in range(6))",
            "task_name = ''.join(random.choice(string.ascii_lowercase) for x in range(20))",
        ],
    },
)

# ====================================================================== command injection

JS_BUILT = r"(?:`[^`]{0,300}?\$\{|\"[^\"]{0,300}\"\s*\+|'[^']{0,300}'\s*\+|[\w$.]{1,60}\s*\+)"
rule(
    id="js-child-process-exec-interpolated",
    title="Shell command built from variables (child_process.exec)",
    message="exec/execSync run their string through /bin/sh, so a value interpolated or concatenated into it can add commands (`; rm -rf ~`, `$(curl …)`): command injection.",
    fix="Run the program directly with an argument array, no shell: `execFile('git', ['log', '--', file], cb)` / `execFileSync('convert', [input, output])` / `spawn('ls', ['-la', dir])`. Validate values that become options (reject a leading `-`, or put `--` before them).",
    paths=JS,
    pattern=(r"(?:(?<![\w$.])|\b(?:child_process|childProcess|cp|shell)\.)exec(?:Sync|Async|Promise|P)?\(\s*" + JS_BUILT
             + r"|\b(?:spawn|spawnSync|execFile|execFileSync)\(\s*(?:`[^`]{0,300}?\$\{|\"[^\"]{0,300}\"\s*\+|'[^']{0,300}'\s*\+)[^;]{0,300}?\bshell\s*:\s*true\b"),
    keywords=["exec", "spawn"],
    references=[CWE(78), OWASP_CS("OS_Command_Injection_Defense_Cheat_Sheet"), "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback"],
    examples={
        "match": [
            "exec(`convert ${req.file.path} -resize 200x200 out.png`, cb);",
            "const out = execSync('git log --author=' + author).toString();",
            "child_process.exec(\"ping -c 1 \" + host, (err, stdout) => res.send(stdout));",
            "spawn(`tar -xzf ${archive}`, { shell: true });",
        ],
        "noMatch": [
            "execFile('git', ['log', '--author', author], cb);",
            "const out = execSync('git rev-parse HEAD').toString();",
            "const match = pattern.exec(`${prefix}-${name}`);",
            "spawn('ls', ['-la', dir]);",
        ],
    },
)

# A command whose every non-literal piece is passed through shlex.quote (or built with shlex.join)
SHQ = r"(?:(?:shlex|pipes)\.quote\((?:[^()\n]|\([^()\n]{0,80}\)){0,120}\)|shlex\.join\((?:[^()\n]|\([^()\n]{0,80}\)){0,200}\))"
PYLIT = r"[rRbBuU]{0,2}(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}')"
PY_ALL_QUOTED = (r"(?:(?:" + PYLIT + r"|" + SHQ + r")(?:\s*\+\s*(?:" + PYLIT + r"|" + SHQ + r"))*\s*[,)]"
                 r"|[fF]\"(?:[^\"{}\n]|\{\{|\}\}|\{" + SHQ + r"\})*\"\s*[,)]|[fF]'(?:[^'{}\n]|\{\{|\}\}|\{" + SHQ + r"\})*'\s*[,)])")
rule(
    id="python-shell-command-injection",
    title="Shell command built from variables (os.system, os.popen, subprocess with shell=True)",
    message="os.system/os.popen and subprocess with shell=True hand the string to /bin/sh, so a value formatted into it (f-string, +, %, .format) can add commands: command injection.",
    fix="Pass an argument list and no shell: `subprocess.run([\"ping\", \"-c\", \"1\", host], check=True)`. If a shell is unavoidable, quote every value with `shlex.quote(value)`.",
    paths=PY,
    pattern=(r"\bos\.(?:system|popen)\(\s*(?!" + PY_ALL_QUOTED + r")" + PYBUILT
             + r"|\b(?:subprocess|commands)\.(?:getoutput|getstatusoutput)\(\s*(?!" + PY_ALL_QUOTED + r")" + PYBUILT
             + r"|(?:\bsubprocess\.|(?<![\w.]))(?:run|call|Popen|check_output|check_call)\(\s*(?!" + PY_ALL_QUOTED + r")" + PYBUILT + r"[^\n]{0,300}?\bshell\s*=\s*True\b"),
    keywords=["os.system", "os.popen", "getoutput", "getstatusoutput", "shell"],
    references=[CWE(78), "https://docs.python.org/3/library/subprocess.html#security-considerations"],
    examples={
        "match": [
            "os.system(f\"ping -c 1 {host}\")",
            "os.system(\"convert \" + filename + \" out.png\")",
            "output = os.popen(\"nslookup %s\" % domain).read()",
            "subprocess.run(f\"tar -xzf {archive}\", shell=True)",
            "subprocess.check_output(\"grep {} /var/log/app.log\".format(term), shell=True)",
            "subprocess.run(\"tar -czf \" + shlex.quote(path) + \" \" + extra, shell=True)",
        ],
        "noMatch": [
            "subprocess.run([\"ping\", \"-c\", \"1\", host], check=True)",
            "subprocess.run(\"make clean\", shell=True)",
            "subprocess.run(f\"ls {shlex.quote(path)}\".split())",
            "os.system(\"clear\")",
            "subprocess.run(\"tar -czf \" + shlex.quote(path) + \".tgz \" + shlex.quote(path), shell=True, check=True)",
            "os.system(f\"ping -c 1 {shlex.quote(host)}\")",
        ],
    },
)

rule(
    id="go-exec-shell-concat",
    title="Shell command built from variables (Go exec.Command with sh -c)",
    message="exec.Command(\"sh\", \"-c\", …) hands the string to a shell, so a value concatenated or formatted into it can add commands: command injection.",
    fix="Run the program directly with separate arguments, no shell: `exec.CommandContext(ctx, \"ping\", \"-c\", \"1\", host)`; put `--` before user-supplied file names.",
    paths=GO,
    pattern=(r"\bexec\.Command(?:Context)?\(\s*(?:\w{1,20},\s*)?(?:\"(?:/bin/|/usr/bin/)?(?:ba|z|da)?sh\"\s*,\s*\"-c\"|\"cmd(?:\.exe)?\"\s*,\s*\"/[cC]\")\s*,\s*"
             r"(?:\"[^\"]{0,300}\"\s*\+|[\w.]{1,60}\s*\+|fmt\.Sprintf\()"),
    keywords=["exec.command"],
    references=[CWE(78), "https://pkg.go.dev/os/exec"],
    examples={
        "match": [
            "out, err := exec.Command(\"sh\", \"-c\", \"ping -c 1 \"+host).Output()",
            "cmd := exec.CommandContext(ctx, \"bash\", \"-c\", fmt.Sprintf(\"tar -xzf %s\", archive))",
            "exec.Command(\"cmd\", \"/C\", \"dir \"+path)",
        ],
        "noMatch": [
            "out, err := exec.Command(\"ping\", \"-c\", \"1\", host).Output()",
            "exec.Command(\"sh\", \"-c\", \"make build\")",
        ],
    },
)

rule(
    id="php-command-injection",
    title="Shell command with a variable (PHP shell_exec/system/exec/passthru)",
    message="shell_exec, system, exec, passthru and popen run their string through a shell, so a $variable inside it can add commands: command injection.",
    fix="Quote every value with escapeshellarg: `exec('convert ' . escapeshellarg($file) . ' out.png', $out);` — or, better, avoid the shell: `proc_open(['convert', $file, 'out.png'], $spec, $pipes)` (array form, PHP 7.4+) or Symfony Process with an array.",
    paths=PHP,
    pattern=(r"(?<![\w$>:])(?:shell_exec|system|exec|passthru|popen|proc_open|pcntl_exec)\s*\(\s*"
             r"(?:\"[^\"]{0,300}?(?:\{\$|\$[A-Za-z_])|(?:\"[^\"]{0,300}\"|'[^']{0,300}')\s*\.\s*\$[A-Za-z_]|\$[A-Za-z_])"),
    keywords=["exec", "system", "passthru", "popen", "proc_open"],
    references=[CWE(78), "https://www.php.net/manual/en/function.escapeshellarg.php"],
    examples={
        "match": [
            "$output = shell_exec(\"ping -c 1 $host\");",
            "system('convert ' . $_GET['file'] . ' out.png');",
            "exec($cmd, $output, $status);",
            "passthru(\"cat {$path}\");",
        ],
        "noMatch": [
            "exec('convert ' . escapeshellarg($file) . ' out.png', $out);",
            "$output = shell_exec('uptime');",
            "$this->system($name);",
        ],
    },
)

rule(
    id="ruby-command-injection-interpolation",
    title="Shell command with #{…} interpolation (Ruby)",
    message="system, exec, spawn, IO.popen, Open3 and backticks with a single interpolated string run it through a shell, so a value inside #{…} can add commands: command injection.",
    fix="Pass the program and its arguments separately so no shell is used: `system(\"convert\", path, \"out.png\")`, `Open3.capture2(\"git\", \"log\", \"--author\", author)`; or quote with `Shellwords.escape(value)`.",
    paths=RB,
    pattern=(r"(?:(?<![\w.:])(?:system|exec|spawn)|\bIO\.popen|\bOpen3\.(?:capture2e?|capture3|popen2e?|popen3|pipeline\w{0,3}))\s*(?:\(\s*)?\"[^\"]{0,300}?#\{"
             r"|(?<![\w`])`[^`]{0,300}?#\{|%x[({\[|!][^)}\]|!]{0,300}?#\{"),
    keywords=["#{"],
    references=[CWE(78), "https://docs.ruby-lang.org/en/master/Kernel.html#method-i-system"],
    examples={
        "match": [
            "system(\"convert #{params[:file]} out.png\")",
            "output = `ping -c 1 #{host}`",
            "stdout, status = Open3.capture2(\"git log --author=#{author}\")",
            "IO.popen(\"grep #{term} /var/log/app.log\") { |io| io.read }",
        ],
        "noMatch": [
            "system(\"convert\", params[:file], \"out.png\")",
            "stdout, status = Open3.capture2(\"git\", \"log\", \"--author\", author)",
            "puts \"Running #{name}\"",
        ],
    },
)

rule(
    id="java-runtime-exec-concat",
    title="Command built by concatenation (Java Runtime.exec / ProcessBuilder with sh -c)",
    message="Runtime.exec with a concatenated string splits it on spaces (argument injection), and \"sh -c\" with concatenation hands it to a shell (command injection).",
    fix="Pass each argument separately, no shell: `new ProcessBuilder(\"ping\", \"-c\", \"1\", host).start()` or `Runtime.getRuntime().exec(new String[] {\"ping\", \"-c\", \"1\", host})`; put `--` before user-supplied file names.",
    paths=JVM,
    pattern=(r"(?:Runtime\.getRuntime\(\)|\b(?:runtime|rt)\b)\.exec\(\s*(?:\"[^\"]{0,300}\"\s*\+|[\w.]{1,60}\s*\+|String\.format\("
             r"|new\s+String\[\]\s*\{\s*\"(?:/bin/)?(?:ba)?sh\"\s*,\s*\"-c\"\s*,\s*(?:\"[^\"]{0,300}\"\s*\+|[\w.]{1,60}\s*\+))"
             r"|\bnew\s+ProcessBuilder\(\s*(?:\"(?:/bin/)?(?:ba|z)?sh\"\s*,\s*\"-c\"|\"cmd(?:\.exe)?\"\s*,\s*\"/[cC]\")\s*,\s*(?:\"[^\"]{0,300}\"\s*\+|[\w.]{1,60}\s*\+|String\.format\()"),
    keywords=["exec(", "processbuilder("],
    references=[CWE(78), OWASP_CS("OS_Command_Injection_Defense_Cheat_Sheet")],
    examples={
        "match": [
            "Process p = Runtime.getRuntime().exec(\"ping -c 1 \" + host);",
            "new ProcessBuilder(\"sh\", \"-c\", \"tar -xzf \" + archive).start();",
            "Runtime.getRuntime().exec(new String[] {\"/bin/sh\", \"-c\", \"ls \" + dir});",
        ],
        "noMatch": [
            "new ProcessBuilder(\"ping\", \"-c\", \"1\", host).start();",
            "Runtime.getRuntime().exec(new String[] {\"ping\", \"-c\", \"1\", host});",
        ],
    },
)

# ====================================================================== unsafe deserialization

rule(
    id="python-pickle-marshal-load",
    title="pickle/marshal deserialization (Python)",
    message="Unpickling runs code chosen by whoever wrote the bytes (a pickle can call os.system), and marshal is not safe against crafted input either; loading data from users, the network or shared storage this way is remote code execution.",
    fix="Exchange data as JSON (`json.loads(data)`) or another data-only format (msgpack, protobuf). If pickle must stay, only load bytes you produced yourself and authenticate them first (`hmac.compare_digest` over an HMAC-SHA256).",
    paths=PY,
    pattern=r"\b(?:c?[pP]ickle|_pickle|dill|cloudpickle)\.(?:loads?|Unpickler)\(|\bmarshal\.loads?\(|\b(?:pd|pandas)\.read_pickle\(",
    keywords=["pickle", "dill", "marshal."],
    references=[CWE(502), "https://docs.python.org/3/library/pickle.html", OWASP_CS("Deserialization_Cheat_Sheet")],
    examples={
        "match": [
            "data = pickle.loads(request.data)",
            "obj = cPickle.load(open(path, 'rb'))",
            "session = pickle.loads(base64.b64decode(cookie))",
            "code = marshal.loads(blob)",
        ],
        "noMatch": [
            "payload = pickle.dumps(obj)",
            ">>> restored = pickle.loads(pickle.dumps(obj))",
            "data = json.loads(request.data)",
            "blob = marshal.dumps(code)",
        ],
    },
)

rule(
    id="python-yaml-load-unsafe",
    title="yaml.load without SafeLoader (PyYAML)",
    message="yaml.load with the default, Full or Unsafe loader (and yaml.unsafe_load) can build arbitrary Python objects from tags such as !!python/object/apply, so a crafted YAML file runs code.",
    fix="Use `yaml.safe_load(stream)` (or `yaml.load(stream, Loader=yaml.CSafeLoader)`), which only builds plain dicts, lists, strings and numbers.",
    paths=PY,
    pattern=(r"\byaml\.(?:load|load_all)\((?![^\n]{0,300}?(?:Loader\s*=\s*|,\s*)(?:yaml\.)?C?(?:Safe|Base)Loader\b)"
             r"|\byaml\.(?:unsafe_load|unsafe_load_all|full_load|full_load_all)\("),
    keywords=["yaml."],
    references=[CWE(502), "https://pyyaml.org/wiki/PyYAMLDocumentation"],
    examples={
        "match": [
            "config = yaml.load(f)",
            "data = yaml.load(request.data, Loader=yaml.Loader)",
            "docs = yaml.unsafe_load(text)",
            "cfg = yaml.load(stream, Loader=yaml.FullLoader)",
        ],
        "noMatch": [
            "config = yaml.safe_load(f)",
            "config = yaml.load(f, Loader=yaml.SafeLoader)",
            "config = yaml.load(f, Loader=CSafeLoader)",
            "config = yaml.load(f, yaml.SafeLoader)",
            "text = yaml.dump(config)",
        ],
    },
)

rule(
    id="java-object-input-stream",
    title="Java native deserialization (ObjectInputStream, XMLDecoder)",
    message="ObjectInputStream.readObject and XMLDecoder instantiate whatever classes the bytes name; with common libraries on the classpath, crafted input is remote code execution (gadget chains).",
    fix="Exchange data as JSON with a fixed target type (`objectMapper.readValue(json, Order.class)` without default typing). If Java serialization must stay, set an allow-list filter before reading: `ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter(\"com.example.dto.*;!*\"))`.",
    paths=JVM,
    pattern=r"\.read(?:Object|Unshared)\(\s*\)|\bSerializationUtils\.deserialize\(",
    keywords=["readobject", "readunshared", "serializationutils"],
    requireInFile=[r"\bnew\s+(?:ObjectInputStream|XMLDecoder)\s*\(|\bSerializationUtils\.deserialize\("],
    references=[CWE(502), OWASP_CS("Deserialization_Cheat_Sheet"), "https://docs.oracle.com/en/java/javase/17/core/serialization-filtering1.html"],
    examples={
        "match": [
            "ObjectInputStream in = new ObjectInputStream(request.getInputStream());\nreturn in.readObject();",
            "Object obj = new ObjectInputStream(socket.getInputStream()).readObject();",
            "XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(body));\nObject bean = decoder.readObject();",
            "Object o = SerializationUtils.deserialize(bytes);",
        ],
        "noMatch": [
            "ObjectInputStream in = new ObjectInputStream(request.getInputStream());",
            "private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {\n    in.defaultReadObject();\n    this.cache = (Map<String, String>) in.readObject();",
            "ObjectOutputStream out = new ObjectOutputStream(baos);",
            "private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {",
            "Order order = objectMapper.readValue(json, Order.class);",
        ],
    },
)

rule(
    id="php-unserialize-user-input",
    title="unserialize() on request data (PHP)",
    message="unserialize on data from the request or cookies instantiates attacker-chosen classes and runs their magic methods (__wakeup, __destruct): PHP object injection, often remote code execution.",
    fix="Use JSON: `$data = json_decode($_POST['data'], true, 512, JSON_THROW_ON_ERROR);`. If unserialize must stay, forbid objects: `unserialize($str, ['allowed_classes' => false])`.",
    paths=PHP,
    pattern=(r"(?<![\w>:])unserialize\(\s*(?![^\n]{0,300}?allowed_classes)[^;\n]{0,120}?"
             r"(?:\$_(?:GET|POST|REQUEST|COOKIE|SERVER|FILES)\b|(?:\$|->)request\b|\$req\b|php://input)"),
    keywords=["unserialize("],
    references=[CWE(502), "https://www.php.net/manual/en/function.unserialize.php"],
    examples={
        "match": [
            "$cart = unserialize($_COOKIE['cart']);",
            "$prefs = unserialize(base64_decode($_POST['prefs']));",
            "$data = unserialize($request->input('payload'));",
        ],
        "noMatch": [
            "$cart = json_decode($_COOKIE['cart'], true);",
            "$cart = unserialize($_COOKIE['cart'], ['allowed_classes' => false]);",
            "$cached = unserialize($cache->get($key));",
        ],
    },
)

rule(
    id="ruby-unsafe-deserialization",
    title="Marshal.load / YAML.load on untrusted data (Ruby)",
    message="Marshal.load (and YAML.load before Psych 4, or YAML.unsafe_load) rebuild arbitrary Ruby objects, which known gadget chains turn into remote code execution when the input is attacker-controlled.",
    fix="Use JSON (`JSON.parse(body)`) or `YAML.safe_load(text, permitted_classes: [Date])`; never Marshal.load data that crossed a trust boundary.",
    paths=RB,
    pattern=(r"\bMarshal\.(?:load|restore)\(|\b(?:YAML|Psych)\.unsafe_load(?:_file)?\("
             r"|\b(?:YAML|Psych)\.load(?:_file|_stream)?(?:\s*\(\s*|\s+)(?![\"']|File\.read\(\s*[\"']|Rails\.root)(?![^\n]{0,300}?permitted_classes)"),
    keywords=["marshal.", "yaml.", "psych."],
    references=[CWE(502), "https://docs.ruby-lang.org/en/master/Marshal.html", "https://guides.rubyonrails.org/security.html"],
    examples={
        "match": [
            "obj = Marshal.load(Base64.decode64(params[:state]))",
            "config = YAML.load(request.body.read)",
            "data = YAML.unsafe_load(payload)",
        ],
        "noMatch": [
            "data = JSON.parse(request.body.read)",
            "config = YAML.safe_load(payload, permitted_classes: [Date])",
            "settings = YAML.load_file(\"config/settings.yml\")",
            "blob = Marshal.dump(obj)",
        ],
    },
)

rule(
    id="dotnet-insecure-deserializer",
    title="BinaryFormatter or type-name deserialization (.NET)",
    message="BinaryFormatter, SoapFormatter, NetDataContractSerializer, LosFormatter and Json.NET with TypeNameHandling other than None let the payload choose which types to create, which is remote code execution with crafted input; BinaryFormatter is removed in .NET 9.",
    fix="Use System.Text.Json or DataContractSerializer with known types: `JsonSerializer.Deserialize<Order>(json)`. With Json.NET keep `TypeNameHandling.None` (the default); if polymorphism is needed, use a SerializationBinder that allow-lists types.",
    paths=CS,
    pattern=(r"\bnew\s+(?:BinaryFormatter|SoapFormatter|NetDataContractSerializer|LosFormatter|ObjectStateFormatter)\s*\("
             r"|\bTypeNameHandling\s*=\s*TypeNameHandling\.(?:All|Auto|Objects|Arrays)\b|\bJavaScriptSerializer\(\s*new\s+SimpleTypeResolver"),
    keywords=["formatter", "netdatacontractserializer", "typenamehandling", "simpletyperesolver"],
    references=[CWE(502), "https://learn.microsoft.com/en-us/dotnet/standard/serialization/binaryformatter-security-guide"],
    examples={
        "match": [
            "var formatter = new BinaryFormatter();",
            "var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All };",
            "IFormatter f = new SoapFormatter();",
        ],
        "noMatch": [
            "var order = JsonSerializer.Deserialize<Order>(json);",
            "var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };",
        ],
    },
)

# ====================================================================== path traversal

rule(
    id="js-path-traversal-request-input",
    title="File path built from request input (Node.js)",
    message="A file name taken from req.params/query/body can contain ../ (or be absolute), so path.join/readFile/sendFile reach files outside the intended folder: path traversal.",
    fix="Keep only the file name and check the result stays inside the base folder: `const file = path.resolve(base, path.basename(req.params.name)); if (!file.startsWith(base + path.sep)) return res.sendStatus(400);` — or let Express confine it: `res.sendFile(req.params.name, { root: base })`.",
    paths=JS,
    pattern=(r"(?:\bpath\.(?:join|resolve)|\b(?:fs|fsp|fse)(?:\.promises)?\.\w{2,24}|\bres\.(?:sendFile|sendfile|download)"
             r"|(?<![\w$.])(?:readFile|readFileSync|writeFile|writeFileSync|createReadStream|createWriteStream|unlink|unlinkSync|readdir))"
             r"\((?![^\n]{0,300}?\broot\s*:)(?:(?!basename\()[^;\n]){0,200}?\b(?:(?:req|request)\.(?:params|query|body|files)|ctx\.(?:params|query))\b"),
    keywords=["req.params", "req.query", "req.body", "req.files", "request.params", "request.query", "request.body", "request.files", "ctx.params", "ctx.query"],
    references=[CWE(22), "https://owasp.org/www-community/attacks/Path_Traversal", "https://expressjs.com/en/api.html#res.sendFile"],
    examples={
        "match": [
            "const file = path.join(__dirname, 'uploads', req.params.filename);",
            "res.sendFile(path.join(__dirname, 'files', req.query.name));",
            "fs.readFile(req.query.path, 'utf8', (err, data) => res.send(data));",
            "const stream = fs.createReadStream(`./exports/${req.params.id}.csv`);",
            "ctx.body = await fsp.readFile(path.join(DOCS, ctx.params.page));",
        ],
        "noMatch": [
            "res.sendFile(path.join(__dirname, 'public', 'index.html'));",
            "res.sendFile(req.params.name, { root: path.join(__dirname, 'public') });",
            "const file = path.join(uploadDir, path.basename(req.params.filename));",
            "const user = await User.findById(req.params.id);",
        ],
    },
)

rule(
    id="python-path-traversal-request-input",
    title="File path built from request input (Python)",
    message="A file name taken from request.args/form/files can contain ../ (or be absolute), so open(), os.path.join() or send_file() reach files outside the intended folder: path traversal.",
    fix="Use `send_from_directory(UPLOAD_DIR, name)` (Flask; it refuses paths that leave the folder), clean upload names with `werkzeug.utils.secure_filename(name)`, or resolve and check: `p = (BASE / name).resolve(); if not p.is_relative_to(BASE): abort(400)`.",
    paths=PY,
    pattern=(r"(?:(?<![\w.])(?:open|send_file|FileResponse|Path)|\bio\.open|\bos\.path\.join|\bos\.(?:remove|unlink|listdir)|\bpathlib\.Path|\bshutil\.\w{2,12})"
             r"\((?:(?!secure_filename\(|basename\()[^\n]){0,200}?\brequest\.(?:args|form|values|files|GET|POST|FILES|query_params|path_params|json|data|view_args|match_info|rel_url)\b"),
    keywords=["request."],
    references=[CWE(22), "https://flask.palletsprojects.com/en/stable/api/#flask.send_from_directory", "https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename"],
    examples={
        "match": [
            "return send_file(os.path.join(UPLOAD_DIR, request.args['name']))",
            "with open(f\"reports/{request.args.get('file')}\") as fh:",
            "path = os.path.join(settings.MEDIA_ROOT, request.GET['path'])",
            "f.save(os.path.join(app.config['UPLOAD_FOLDER'], request.files['file'].filename))",
        ],
        "noMatch": [
            "return send_from_directory(UPLOAD_DIR, request.args['name'])",
            "f.save(os.path.join(app.config['UPLOAD_FOLDER'], secure_filename(request.files['file'].filename)))",
            "with open(os.path.join(BASE_DIR, 'config.json')) as fh:",
        ],
    },
)

rule(
    id="go-path-traversal-request-input",
    title="File path built from request input (Go)",
    message="filepath.Join cleans ../ but does not stop it from leaving the base folder, so a name from the query, form or route reaches other files: path traversal.",
    fix="Reject names that are not local and keep only the base name: `name := filepath.Base(r.URL.Query().Get(\"file\")); if !filepath.IsLocal(name) { http.Error(w, \"bad name\", 400); return }`, or open files through `os.DirFS(base)` / `http.FileServer(http.Dir(base))` (Go 1.24: `os.OpenInRoot(base, name)`).",
    paths=GO,
    pattern=(r"\b(?:filepath\.Join|path\.Join|os\.(?:Open|OpenFile|ReadFile|WriteFile|Create|Remove|RemoveAll|Stat|ReadDir)|ioutil\.(?:ReadFile|WriteFile)|c\.(?:File|Attachment|FileAttachment)|ctx\.(?:File|SendFile|Attachment))"
             r"\((?:(?!filepath\.Base\(|path\.Base\()[^\n]){0,200}?(?:\.URL\.Query\(\)\.Get\(|\.(?:FormValue|PostFormValue|Param|Params|Query|DefaultQuery|PostForm)\(|\bmux\.Vars\(|\bchi\.URLParam\()"),
    keywords=["url.query", "formvalue", "param", "query(", "postform", "mux.vars"],
    references=[CWE(22), "https://go.dev/blog/osroot"],
    examples={
        "match": [
            "data, err := os.ReadFile(filepath.Join(baseDir, r.URL.Query().Get(\"file\")))",
            "f, err := os.Open(filepath.Join(\"uploads\", c.Param(\"name\")))",
            "c.File(filepath.Join(\"./files\", c.Query(\"path\")))",
        ],
        "noMatch": [
            "data, err := os.ReadFile(filepath.Join(baseDir, filepath.Base(r.URL.Query().Get(\"file\"))))",
            "f, err := os.Open(filepath.Join(baseDir, \"index.html\"))",
            "id := c.Param(\"id\")",
        ],
    },
)

# ====================================================================== CORS

# The Allow-Origin value: the request's own Origin (reflected), or the wildcard.
ACAO = r"Access-Control-Allow-Origin"
ORIGIN_REFLECT = (r"(?:headers\.origin\b|headers\[[\"']origin[\"']\]|\.get\(\s*[\"']origin[\"']|getHeader\(\s*[\"']origin[\"']"
                  r"|HTTP_ORIGIN|\$http_origin\b|Headers\[[\"']Origin[\"']\]|header\(\s*[\"']origin[\"']\s*\)|\.origin\s*\|\|)")
ACAO_REFLECT = ACAO + r"[\"']?\]?\s*(?:(?:[:,=]|=>)\s*)?(?!\s)[^\n]{0,80}?" + ORIGIN_REFLECT
ACAO_STAR = ACAO + r"(?:[\"']\s*\]?\s*(?:,|=>|=|:)\s*[\"']\s*\*\s*[\"']|:\s*\*\s*[\"']|[\"']?\s+[\"']?\*[\"']?\s*;?\s*$)"
ACAC_TRUE = r"Access-Control-Allow-Credentials[\"']?\]?\s*(?:(?:[:,=]|=>)\s*)?[\"']?true\b"
rule(
    id="cors-header-any-origin-credentials",
    title="CORS: request's Origin echoed back with credentials allowed (response headers)",
    message="Access-Control-Allow-Origin set to the request's own Origin header, in code that also sends Access-Control-Allow-Credentials: true, lets any website make logged-in requests and read the answers. (Browsers reject * with credentials, so echoing Origin is the usual next step, and the dangerous one.)",
    fix="Answer with credentials only for origins you trust: `const allowed = new Set(['https://app.example.com']); if (allowed.has(req.headers.origin)) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('Access-Control-Allow-Credentials', 'true'); res.setHeader('Vary', 'Origin'); }`.",
    paths=ALL_CODE + ["*.conf", ".htaccess"],
    pattern=ACAO_REFLECT,
    ignoreCase=True,
    keywords=["access-control-allow-origin"],
    requireInFile=[ACAC_TRUE],
    references=[CWE(942), "https://portswigger.net/web-security/cors", "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS/Errors/CORSNotSupportingCredentials"],
    examples={
        "match": [
            "res.header('Access-Control-Allow-Origin', req.headers.origin);\nres.header('Access-Control-Allow-Credentials', true);",
            "header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']);\nheader('Access-Control-Allow-Credentials: true');",
            "w.Header().Set(\"Access-Control-Allow-Origin\", r.Header.Get(\"Origin\"))\nw.Header().Set(\"Access-Control-Allow-Credentials\", \"true\")",
            "res.setHeader(\"Access-Control-Allow-Origin\", req.headers.origin || \"*\");\nres.setHeader(\"Access-Control-Allow-Credentials\", \"true\");",
            "response.headers['Access-Control-Allow-Origin'] = request.headers.get('Origin')\nresponse.headers['Access-Control-Allow-Credentials'] = 'true'",
        ],
        "noMatch": [
            "res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');\nres.setHeader('Access-Control-Allow-Credentials', 'true');",
            "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\nres.setHeader('Vary', 'Origin');",
            "w.Header().Set(\"Access-Control-Allow-Credentials\", \"true\")",
        ],
    },
)

rule(
    id="cors-header-wildcard-origin-credentials",
    title="CORS: Allow-Origin * sent together with Allow-Credentials: true (response headers)",
    message="Access-Control-Allow-Origin: * next to Access-Control-Allow-Credentials: true asks for credentialed access from any website. Browsers refuse that combination, and the usual 'fix' is to echo the caller's Origin, which then lets any site act as the logged-in user.",
    fix="Allow credentials only for listed origins and answer with that origin (plus `Vary: Origin`); keep `*` only for public, credential-free resources.",
    paths=ALL_CODE + ["*.conf", ".htaccess"],
    pattern=ACAO_STAR,
    ignoreCase=True,
    keywords=["access-control-allow-origin"],
    requireInFile=[ACAO_STAR.replace("$", "") + r"[^\n]{0,200}(?:\n[^\n]{0,300}){0,3}?" + ACAC_TRUE
                   + r"|" + ACAC_TRUE + r"[^\n]{0,200}(?:\n[^\n]{0,300}){0,3}?" + ACAO_STAR.replace("$", "")],
    references=[CWE(942), "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS/Errors/CORSNotSupportingCredentials"],
    examples={
        "match": [
            "res.setHeader('Access-Control-Allow-Origin', '*');\nres.setHeader('Access-Control-Allow-Credentials', 'true');",
            "response.headers['Access-Control-Allow-Origin'] = '*'; response.headers['Access-Control-Allow-Credentials'] = 'true'",
            "header('Access-Control-Allow-Credentials: true');\nheader('Access-Control-Allow-Origin: *');",
        ],
        "noMatch": [
            "res.setHeader('Access-Control-Allow-Origin', '*');\nres.setHeader('Access-Control-Allow-Methods', 'GET');",
            "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\nres.setHeader('Access-Control-Allow-Credentials', 'true');\nnext();\n});\napp.use('/assets', (req, res, next) => {\nres.setHeader('Access-Control-Allow-Origin', '*');",
        ],
    },
)

CORS_ORIG = r"\borigin\s*:\s*(?:[\"'`]\*[\"'`]|true\b)"
CORS_CRED = r"\bcredentials\s*:\s*true\b"
rule(
    id="js-cors-any-origin-credentials",
    title="CORS credentials allowed for any origin (cors middleware options)",
    message="credentials: true with origin: '*' or origin: true makes the cors middleware (Express, NestJS enableCors, Socket.IO, Fastify) echo any caller's Origin, so any website can make logged-in requests and read the answers.",
    fix="List the trusted origins: `app.use(cors({ origin: ['https://app.example.com'], credentials: true }))`, or a function that checks an allow-list: `origin: (origin, cb) => cb(null, allowed.includes(origin))`.",
    paths=JS,
    # The origin option is reported; credentials: true must be in the same options object
    # (same line, or a multi-line object: no brace between the two).
    # Every alternative starts with the literal `origin`: a leading lookbehind would be tried at
    # every position of every line that mentions origin (128 µs a line on minified code).
    pattern=CORS_ORIG + r"(?=[^{}\n]{0,200}?" + CORS_CRED + r")|" + CORS_ORIG + r"(?<=" + CORS_CRED + r"[^{}\n]{0,200}?" + CORS_ORIG + r")|^\s*" + CORS_ORIG + r"\s*,?\s*$",
    keywords=["origin"],
    requireInFile=[CORS_ORIG + r"[^{}]{0,300}?" + CORS_CRED + r"|" + CORS_CRED + r"[^{}]{0,300}?" + CORS_ORIG],
    references=[CWE(942), "https://github.com/expressjs/cors#configuration-options", "https://portswigger.net/web-security/cors"],
    examples={
        "match": [
            "app.use(cors({ origin: '*', credentials: true }));",
            "app.use(cors({\n  origin: true,\n  credentials: true,\n}));",
            "const io = new Server(httpServer, { cors: { origin: \"*\", credentials: true } });",
            "app.enableCors({ credentials: true, origin: true });",
        ],
        "noMatch": [
            "app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
            "app.use(cors({ origin: '*' }));",
            "axios.defaults.withCredentials = true;",
            "app.use(cors({ origin: [\"https://admin.example.com\"], credentials: true }));\napp.use(\"/open\", cors({ origin: \"*\" }));",
            "app.use(\"/partner-api\", cors({ origin: [\"https://partner.example.com\"], credentials: true }));",
        ],
    },
)

rule(
    id="spring-cors-any-origin-credentials",
    title="CORS credentials allowed for any origin (Spring @CrossOrigin / CorsRegistry)",
    message="allowCredentials with origins \"*\" (or originPatterns \"*\") lets any website make logged-in requests to these endpoints and read the answers; with allowedOriginPatterns(\"*\") Spring echoes every caller's Origin.",
    fix="List the trusted origins: `@CrossOrigin(origins = \"https://app.example.com\", allowCredentials = \"true\")`, or `registry.addMapping(\"/api/**\").allowedOrigins(\"https://app.example.com\").allowCredentials(true)`.",
    paths=JVM,
    pattern=(r"@CrossOrigin\((?=[^\n]{0,300}?\ballowCredentials\s*=\s*\"true\")(?:(?=[^\n]{0,300}?\b(?:origins|value|originPatterns)\s*=\s*\{?\s*\"\*\")|(?![^\n]{0,300}?\b(?:origins|value|originPatterns)\s*=))"
             r"|\.allowedOrigin(?:Pattern)?s\(\s*\"\*\"\s*\)|\.addAllowedOrigin(?:Pattern)?\(\s*\"\*\"\s*\)"
             r"|\.setAllowedOrigin(?:Pattern)?s\(\s*(?:List\.of|Arrays\.asList|Collections\.singletonList|listOf)\(\s*\"\*\"\s*\)\s*\)"),
    keywords=["crossorigin", "allowedorigin", "addallowedorigin", "setallowedorigin"],
    requireInFile=[r"\ballowCredentials\s*=\s*\"true\"|\.allowCredentials\(\s*true\s*\)|\.setAllowCredentials\(\s*true\s*\)|\ballowCredentials\s*=\s*true\b"],
    references=[CWE(942), "https://docs.spring.io/spring-framework/reference/web/webmvc-cors.html"],
    examples={
        "match": [
            "@CrossOrigin(origins = \"*\", allowCredentials = \"true\")",
            "@CrossOrigin(allowCredentials = \"true\")",
            "registry.addMapping(\"/**\").allowedOriginPatterns(\"*\").allowCredentials(true);",
            "config.setAllowCredentials(true);\nconfig.addAllowedOriginPattern(\"*\");",
        ],
        "noMatch": [
            "@CrossOrigin(origins = \"https://app.example.com\", allowCredentials = \"true\")",
            "@CrossOrigin(origins = \"*\")",
            "registry.addMapping(\"/public/**\").allowedOrigins(\"*\");",
        ],
    },
)

rule(
    id="flask-cors-credentials-any-origin",
    title="Flask-CORS with credentials and no origin list",
    message="CORS(app, supports_credentials=True) without origins (or with origins='*') lets any website make logged-in requests and read the answers: Flask-CORS then echoes the caller's Origin.",
    fix="Name the trusted origins: `CORS(app, origins=[\"https://app.example.com\"], supports_credentials=True)` (or `@cross_origin(origins=[...], supports_credentials=True)`).",
    paths=PY,
    pattern=(r"\b(?:CORS\(\s*\w{1,40}\s*,|cross_origin\()(?=[^\n]{0,300}?\bsupports_credentials\s*=\s*True\b)"
             r"(?![^\n]{0,300}?\b(?:origins|resources)\s*=\s*(?![\"']\*[\"']|\[\s*[\"']\*[\"']\s*\]))"),
    keywords=["supports_credentials"],
    references=[CWE(942), "https://flask-cors.readthedocs.io/en/latest/api.html"],
    examples={
        "match": [
            "CORS(app, supports_credentials=True)",
            "CORS(app, origins=\"*\", supports_credentials=True)",
            "@cross_origin(supports_credentials=True)",
        ],
        "noMatch": [
            "CORS(app, origins=[\"https://app.example.com\"], supports_credentials=True)",
            "CORS(app)",
        ],
    },
)

rule(
    id="python-cors-wildcard-credentials",
    title="CORS credentials allowed for any origin (FastAPI/Starlette, django-cors-headers)",
    message="allow_credentials=True with allow_origins=[\"*\"] (Starlette/FastAPI), or CORS_ALLOW_CREDENTIALS with CORS_ALLOW_ALL_ORIGINS (Django), makes the middleware echo any caller's Origin for credentialed requests, so any website can act as the logged-in user and read the answers.",
    fix="List the trusted origins: `app.add_middleware(CORSMiddleware, allow_origins=[\"https://app.example.com\"], allow_credentials=True)`; in Django `CORS_ALLOWED_ORIGINS = [\"https://app.example.com\"]` instead of CORS_ALLOW_ALL_ORIGINS.",
    paths=PY,
    pattern=r"\ballow_credentials\s*=\s*True\b|\bCORS_ALLOW_CREDENTIALS\s*=\s*True\b",
    keywords=["allow_credentials"],
    requireInFile=[r"\ballow_origins\s*=\s*\[\s*[\"']\*[\"']\s*\]|\ballow_origin_regex\s*=\s*r?[\"']\.\*[\"']|\bCORS_(?:ALLOW_ALL_ORIGINS|ORIGIN_ALLOW_ALL)\s*=\s*True\b"],
    references=[CWE(942), "https://fastapi.tiangolo.com/tutorial/cors/", "https://github.com/adamchainz/django-cors-headers"],
    examples={
        "match": [
            "app.add_middleware(\n    CORSMiddleware,\n    allow_origins=[\"*\"],\n    allow_credentials=True,\n)",
            "app.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True, allow_methods=['*'])",
            "CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True",
        ],
        "noMatch": [
            "app.add_middleware(CORSMiddleware, allow_origins=[\"https://app.example.com\"], allow_credentials=True)",
            "app.add_middleware(CORSMiddleware, allow_origins=[\"*\"], allow_methods=[\"GET\"])",
            "CORS_ALLOWED_ORIGINS = [\"https://app.example.com\"]\nCORS_ALLOW_CREDENTIALS = True",
        ],
    },
)

# ====================================================================== predictable randomness (more languages)

# A function whose name says it makes a secret: the line just below its header.
_SN = (r"(?:[tT]oken(?!iz)|TOKEN|[sS]ecret|SECRET|[pP]ass(?:w(?:or)?d|phrase)|PASSWORD|[nN]once|NONCE|[sS]alt(?![a-z])|SALT"
       r"|(?<![a-z])otp(?![a-z])|Otp|OTP|[cC]srf|CSRF|[xX]srf|XSRF|[aA]pi_?[kK]ey|API_?KEY|[sS]ession_?(?:[iI]d|ID|[kK]ey)|SESSION_?(?:ID|KEY)"
       r"|(?:[rR]eset|[vV]erif(?:y|ication)|[aA]uth|[iI]nvite|[cC]onfirm(?:ation)?|[aA]ctivation|[rR]ecovery|[lL]ogin|[sS]ms|SMS|[mM]fa|MFA|[eE]mail|[oO]ne_?[tT]ime)_?[cC]ode"
       r"|(?<![a-z])pin(?![a-z])|Pin(?![a-z])|PIN)")
_SNAME = r"[\w$]*" + _SN + r"[\w$]*"
SECRET_FN_HEADER = (r"(?:\b(?:function\*?|def|func|fun)\s+(?:\([^)]*\)\s*)?(?:self\.)?" + _SNAME + r"\s*(?:[(<]|$)"
                    r"|^\s*(?:(?:public|private|protected|internal|static|final|async|override|synchronized)\s+)*(?:[\w<>\[\],.?]+\s+)?" + _SNAME
                    + r"\s*\([^)]*\)\s*(?::\s*[^{=]{1,60})?(?:throws\s+[\w.,\s]+)?\{\s*$"
                    r"|\b(?:const|let|var)\s+" + _SNAME + r"\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)[^=\n]{0,60}=>|[\w$]+\s*=>))")
WEAK_RANDOM_ANY = (r"\bMath\.random\(\)"
                   r"|(?<![\w.])(?:np\.|numpy\.)?random\.(?:random|randint|randrange|choice|choices|sample|getrandbits|randbytes|shuffle)\("
                   r"|(?<![\w.:$>])(?:Kernel\.)?(?:rand|mt_rand|lcg_value|str_shuffle|uniqid|array_rand)\(|(?<![\w.:$>@])rand\s+\d|\bRandom\.(?:rand|bytes)\b"
                   r"|(?<![\w.])(?!(?:\w*[sS](?:ecure|ECURE)\w*|scanner|sc|in|input|reader|it|iter\w*|buf\w*|bb|stream|parser|tokens?|lexer)\.)[A-Za-z_]\w{0,30}\.next(?:Int|Long|Double|Float|Bytes|Gaussian)\("
                   r"|\bThreadLocalRandom\.current\(\)\.next\w+\(|\bRandomStringUtils\.random\w*\("
                   r"|\brand\.(?:Intn|Int31n|Int63n|IntN|Int32N|Int64N|UintN|N|Int63|Int31|Uint32|Uint64|Perm|Shuffle)\(")
rule(
    id="weak-random-in-secret-function",
    title="Predictable random numbers in a function that makes a token, password or code",
    message="This function's name says it makes a secret (token, password, key, reset or login code), but its first line draws from a predictable generator (Math.random, Python's random module, rand/mt_rand, java.util.Random, math/rand): its output can be reconstructed from earlier values and guessed.",
    fix="Use the platform's secure generator: Node `crypto.randomBytes(32).toString('base64url')`; Python `secrets.token_urlsafe(32)` / `secrets.randbelow(10**6)`; PHP `bin2hex(random_bytes(16))` / `random_int()`; Ruby `SecureRandom.urlsafe_base64(32)`; Java `SecureRandom`; Go `crypto/rand` (`rand.Text()` in Go 1.24).",
    paths=JS + PY + GO + JVM + PHP + RB,
    pattern=WEAK_RANDOM_ANY,
    keywords=["random", "rand", "uniqid", "str_shuffle", "lcg_value", ".next"],
    previousLine=SECRET_FN_HEADER,
    references=[CWE(338), OWASP_CS("Cryptographic_Storage_Cheat_Sheet")],
    examples={
        "match": [
            "function resetToken() {\n  return Math.random().toString(36).slice(2) + Date.now().toString(36);",
            "def make_api_token() -> str:\n    return \"\".join(random.choices(string.ascii_letters, k=40))",
            "def make_reset_code() -> str:\n    return str(random.randint(100000, 999999))",
            "  def reset_token\n    rand(36**24).to_s(36)",
            "    public static String newResetToken() {\n        return Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());",
            "const generateOtp = () =>\n  Math.floor(Math.random() * 10 ** 6);",
            "function generateCsrfToken() {\n    return md5(uniqid((string) mt_rand(), true));",
        ],
        "noMatch": [
            "function retryDelay(attempt) {\n  return Math.random() * 100 * attempt;",
            "function resetToken() {\n  return crypto.randomBytes(32).toString('base64url');",
            "def make_api_token() -> str:\n    return secrets.token_urlsafe(32)",
            "    public static String newSessionId() {\n        SECURE_RANDOM.nextBytes(b);",
            "function tokenize(text) {\n  return text.split(/\\s+/).sort(() => Math.random() - 0.5);",
        ],
    },
)

GORAND = r"\b(?:rand|mrand|mathrand|rnd|rng|r|\w*[rR]and(?:om)?\w*)\.(?:Intn|Int31n|Int63n|IntN|Int32N|Int64N|UintN|N|Int63|Int31|Uint32|Uint64)\("
rule(
    id="go-math-rand-secret",
    title="math/rand used for a token, password or code (Go)",
    message="math/rand is a predictable generator: tokens, passwords, codes or random strings picked from an alphabet with it can be reconstructed and guessed.",
    fix="Use crypto/rand: `b := make([]byte, 32); _, _ = rand.Read(b); tok := base64.RawURLEncoding.EncodeToString(b)`; for a character from an alphabet, `n, _ := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))`; Go 1.24: `rand.Text()`.",
    paths=GO,
    pattern=(r"\b\w{1,40}\[\s*" + GORAND + r"\s*(?:len\(|int(?:32|64)?\(len\()"
             r"|" + SECWORD + r"[^\n]{0,200}?" + GORAND + r"|" + GORAND + r"[^\n]{0,200}?" + SECWORD),
    ignoreCase=True,
    keywords=["intn", "int31n", "int63n", "intn(", "int32n", "int64n", "uintn", ".n(", "int63", "int31", "uint32", "uint64"],
    requireInFile=[r"\"math/rand(?:/v2)?\""],
    references=[CWE(338), "https://pkg.go.dev/crypto/rand"],
    examples={
        "match": [
            "import \"math/rand\"\n\t\tb[i] = letters[rand.Intn(len(letters))]",
            "import \"math/rand\"\n\tcode := fmt.Sprintf(\"%06d\", rand.Intn(1000000)) // sms code",
            "import \"math/rand\"\n\t\tb[i] = charset[seededRand.Intn(len(charset))]",
        ],
        "noMatch": [
            "import \"math/rand\"\n\treturn rand.Intn(max)",
            "import \"crypto/rand\"\n\t_, err := rand.Read(token)",
            "import \"math/rand\"\n\tdelay := time.Duration(rand.Intn(100)) * time.Millisecond",
        ],
    },
)

JRAND = (r"(?:(?<![\w.])(?!(?:\w*[sS]ecure\w*|scanner|sc|in|input|reader|it|iter\w*|buf\w*|bb|stream|parser)\.)[A-Za-z_]\w{0,30}\.next(?:Int|Long|Double|Float|Bytes)\("
         r"|\bThreadLocalRandom\.current\(\)\.next\w+\(|\bRandomStringUtils\.random\w*\(|\bnew\s+Random\(\s*\)\.next\w+\()")
rule(
    id="java-util-random-secret",
    title="java.util.Random used for a token, password or code (Java/Kotlin)",
    message="java.util.Random (and ThreadLocalRandom, RandomStringUtils.random*) is a 48-bit linear congruential generator: a few outputs reveal its state, so tokens, passwords, salts or codes made with it can be predicted.",
    fix="Use SecureRandom: `byte[] b = new byte[32]; new SecureRandom().nextBytes(b); String token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);` (commons-lang3: `RandomStringUtils.secure().nextAlphanumeric(32)`).",
    paths=JVM,
    pattern=(SECWORD + r"[^\n]{0,200}?" + JRAND + r"|" + JRAND + r"[^\n]{0,200}?" + SECWORD
             + r"|\b\w{0,30}(?:chars|charset|alphabet|letters|characters|symbols)\w{0,10}\.charAt\(\s*" + JRAND),
    ignoreCase=True,
    keywords=[".next", "randomstringutils"],
    requireInFile=[r"\bimport\s+java\.util\.(?:Random|concurrent\.ThreadLocalRandom)\b|\bnew\s+(?:java\.util\.)?Random\s*\(|\bThreadLocalRandom\.current\(|\bRandomStringUtils\.random|\bkotlin\.random\.Random\b|(?<![\w.])Random\.next\w+\("],
    references=[CWE(338), "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/SecureRandom.html"],
    examples={
        "match": [
            "private static final Random RANDOM = new Random();\nString token = Long.toHexString(RANDOM.nextLong());",
            "import java.util.Random;\nint otp = 100000 + random.nextInt(900000);",
            "String apiKey = RandomStringUtils.randomAlphanumeric(32);",
            "import java.util.Random;\nsb.append(CHARS.charAt(rnd.nextInt(CHARS.length())));",
        ],
        "noMatch": [
            "private static final SecureRandom SECURE_RANDOM = new SecureRandom();\nSECURE_RANDOM.nextBytes(salt);",
            "import java.util.Random;\nint delay = random.nextInt(1000);",
            "import java.util.Random;\nString token = scanner.nextInt() + \"\";",
        ],
    },
)

PHPRAND = r"(?<![\w>:$])(?:rand|mt_rand|lcg_value|str_shuffle|uniqid|array_rand|shuffle)\("
rule(
    id="php-weak-random-secret",
    title="rand/mt_rand/uniqid/str_shuffle used for a token, password or code (PHP)",
    message="rand, mt_rand, uniqid, lcg_value and str_shuffle are not cryptographically secure (mt_rand's state can be recovered from its output, uniqid is the clock), so tokens, passwords or codes made with them can be guessed.",
    fix="Use `bin2hex(random_bytes(16))` for tokens and `random_int(100000, 999999)` for numeric codes (PHP 8.3: `(new \\Random\\Randomizer())->getBytesFromString($alphabet, 32)`).",
    paths=PHP,
    pattern=(SECWORD + r"[^\n]{0,200}?" + PHPRAND + r"|" + PHPRAND + r"[^\n]{0,200}?" + SECWORD
             + r"|\bsubstr\(\s*str_shuffle\(|\[\s*(?:mt_)?rand\(\s*0\s*,\s*(?:strlen|count)\(|(?<![\w>:$])(?:mt_)?rand\(\s*10{3,}\s*,\s*9{4,}\s*\)"),
    ignoreCase=True,
    keywords=["rand(", "lcg_value", "str_shuffle", "uniqid", "shuffle("],
    references=[CWE(338), "https://www.php.net/manual/en/function.random-bytes.php"],
    examples={
        "match": [
            "$token = substr(str_shuffle(md5((string) mt_rand())), 0, 24);",
            "$resetToken = md5(uniqid(rand(), true));",
            "$code = mt_rand(100000, 999999);",
            "$password .= $chars[rand(0, strlen($chars) - 1)];",
        ],
        "noMatch": [
            "$token = bin2hex(random_bytes(16));",
            "$delay = mt_rand(100, 500);",
            "shuffle($questions);",
        ],
    },
)

RBRAND = r"(?:(?<![\w.:@$])(?:Kernel\.)?rand(?:\(|\s+\d)|\bRandom\.(?:rand|bytes)\b|\bRandom\.new\b[^\n]{0,40}\.(?:rand|bytes)\b)"
rule(
    id="ruby-weak-random-secret",
    title="rand/Random used for a token, password or code (Ruby)",
    message="Kernel#rand and Random are a predictable Mersenne Twister: tokens, passwords or codes made with them (or strings sampled from an alphabet) can be reconstructed and guessed.",
    fix="Use SecureRandom: `SecureRandom.urlsafe_base64(32)`, `SecureRandom.hex(16)`, `SecureRandom.random_number(10**6)` for numeric codes, `SecureRandom.alphanumeric(20)`.",
    paths=RB,
    pattern=(SECWORD + r"[^\n]{0,200}?" + RBRAND + r"|" + RBRAND + r"[^\n]{0,200}?" + SECWORD
             + r"|\b\w{0,30}(?:chars|charset|alphabet|letters|characters|symbols)\w{0,10}\.sample\b"
             + r"|(?<![\w.:@$])rand\(\s*10{3,}\s*\.\.\.?\s*(?:9{4,}|10{4,})\s*\)"),
    ignoreCase=True,
    keywords=["rand", "random", "sample"],
    references=[CWE(338), "https://docs.ruby-lang.org/en/master/SecureRandom.html"],
    examples={
        "match": [
            "token = rand(36**24).to_s(36)",
            "user.otp = rand(100000..999999)",
            "Array.new(20) { CHARSET.sample }.join",
            "@user.reset_password_token = Random.rand(10**20).to_s",
        ],
        "noMatch": [
            "token = SecureRandom.urlsafe_base64(32)",
            "sleep(rand(0.5..1.5))",
            "otp = SecureRandom.random_number(10**6)",
        ],
    },
)

# ====================================================================== path traversal (more languages)

rule(
    id="java-path-traversal-request-input",
    title="File path built from request input (Java/Kotlin)",
    message="A file name taken from the request (getParameter, a header, an uploaded file's original name) can contain ../ or be absolute, so new File(dir, name), Paths.get or Files.* reach files outside the intended folder: path traversal.",
    fix="Keep only the last path element and check the result stays inside the base folder: `Path base = uploadDir.toPath().toRealPath(); Path p = base.resolve(Paths.get(name).getFileName().toString()).normalize(); if (!p.startsWith(base)) throw new ResponseStatusException(HttpStatus.BAD_REQUEST);`.",
    paths=JVM,
    pattern=(r"(?:\bnew\s+(?:File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)\(|\bPaths\.get\(|\bPath\.of\(|\bFiles\.\w{3,20}\(|\.resolve\()"
             r"(?![^\n]{0,300}?(?:\.getName\(\)|\.getFileName\(\)|FilenameUtils\.getName\(|StringUtils\.cleanPath\())"
             r"[^;\n]{0,200}?(?:\b\w*(?:request|req)\w*\.(?:getParameter|getHeader|getPathInfo|getQueryString|getRequestURI)\(|\.getOriginalFilename\(\))"),
    keywords=["getparameter", "getheader", "getpathinfo", "getquerystring", "getrequesturi", "getoriginalfilename"],
    references=[CWE(22), "https://owasp.org/www-community/attacks/Path_Traversal"],
    examples={
        "match": [
            "return new File(uploadDir, request.getParameter(\"name\"));",
            "Path p = Paths.get(BASE_DIR, req.getParameter(\"file\"));",
            "file.transferTo(new File(uploadDir, file.getOriginalFilename()));",
            "byte[] data = Files.readAllBytes(root.resolve(request.getParameter(\"path\")));",
        ],
        "noMatch": [
            "File f = new File(uploadDir, new File(request.getParameter(\"name\")).getName());",
            "Path p = root.resolve(Paths.get(request.getParameter(\"path\")).getFileName().toString());",
            "private final File uploadDir = new File(\"/srv/uploads\");",
        ],
    },
)

PHP_INPUT = r"(?:\$_(?:GET|POST|REQUEST|COOKIE|FILES)\b|\$request->(?:input|query|get|post|file)\(|\$this->request->(?:getQuery|getPost|getData|getParam)\()"
rule(
    id="php-path-traversal-request-input",
    title="File path or include built from request input or a variable (PHP)",
    message="include/require, file_get_contents, fopen, readfile or unlink on a path containing request data (or an include of a path with a variable spliced between a folder and .php) let a crafted value reach other files (../, php://filter, an absolute path): path traversal or local file inclusion, which can run code.",
    fix="Map the value to a fixed set: `$pages = ['home' => 'home.php', 'orders' => 'orders.php']; include __DIR__ . '/pages/' . ($pages[$page] ?? 'home.php');`; for file names keep only `basename($name)` and check `realpath()` stays inside the base folder.",
    paths=PHP,
    pattern=(r"(?<![\w>:$])(?:include|include_once|require|require_once|file_get_contents|file_put_contents|fopen|readfile|file|unlink|opendir|scandir|copy|rename|move_uploaded_file|show_source|highlight_file|parse_ini_file|simplexml_load_file|fpassthru|SplFileObject)\b\s*(?!\s)\(?"
             r"(?:(?!basename\(|realpath\()[^;\n]){0,200}?" + PHP_INPUT
             + r"|(?<![\w>:$])(?:include|include_once|require|require_once)\b\s*(?!\s)\(?[^;\n]{0,120}?[\"'][^\"'\n]{0,80}/[\"']\s*\.\s*\$\w{1,40}\s*\.\s*[\"']\.(?:php|inc|phtml|tpl)[\"']"
             + r"|(?<![\w>:$])(?:include|include_once|require|require_once)\b\s*(?:\(\s*)?\"[^\"\n]{0,80}/\{?\$\w{1,40}\}?[^\"\n$]{0,40}\.(?:php|inc|phtml|tpl)\""),
    keywords=["include", "require", "file", "fopen", "readfile", "unlink", "opendir", "scandir", "copy", "rename", "show_source", "highlight_file", "parse_ini", "simplexml", "fpassthru"],
    references=[CWE(22), CWE(98), "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/11.1-Testing_for_Local_File_Inclusion"],
    examples={
        "match": [
            "include __DIR__ . '/pages/' . $page . '.php';",
            "$invoice = file_get_contents('/srv/invoices/' . $_GET['invoice']);",
            "require_once 'modules/' . $_REQUEST['module'] . '.php';",
            "readfile($request->input('path'));",
            "include \"views/$view.php\";",
        ],
        "noMatch": [
            "include __DIR__ . '/pages/' . (in_array($page, $allowed, true) ? $page : 'home') . '.php';",
            "$invoiceSafe = file_get_contents('/srv/invoices/' . basename((string) ($_GET['invoice'] ?? '')));",
            "require __DIR__ . '/../bootstrap.php';",
            "$config = require $configFile;",
        ],
    },
)

PY_REQ = r"\brequest\.(?:args|form|values|files|GET|POST|FILES|query_params|path_params|json|data|view_args|match_info|rel_url|cookies|headers)\b"
rule(
    id="python-send-file-joined-name",
    title="send_file/FileResponse on a path joined from a route or request value (Python)",
    message="send_file(os.path.join(BASE, name)) (Flask) or FileResponse(…) (Starlette/FastAPI/Django) with a name from the URL or the request serves any file the process can read: os.path.join does not stop ../ or an absolute name.",
    fix="Use `send_from_directory(BASE, name)` (Flask; it refuses names that leave the folder) or `werkzeug.security.safe_join(BASE, name)`, or resolve and check: `p = (BASE / name).resolve(); if not p.is_relative_to(BASE): abort(404)`.",
    paths=PY,
    pattern=(r"(?<![\w.])(?:send_file|FileResponse|static_file)\(\s*(?:os\.path\.join\(|(?:pathlib\.)?Path\()"
             r"(?![^\n]{0,200}?(?:secure_filename|basename|safe_join)\()[^\n]{0,120}?,\s*(?:[a-z_]\w{0,40}|[fF][\"'][^\"'\n]{0,80}\{\s*[a-z_]\w{0,40}\s*\}[^\"'\n]{0,40}[\"'])\s*\)"
             r"|(?<![\w.])(?:send_file|FileResponse|static_file)\(\s*[fF][\"'][^\"'\n]{0,80}\{\s*[a-z_]\w{0,40}\s*\}"),
    keywords=["send_file", "fileresponse", "static_file"],
    requireInFile=[r"\brequest\b|<(?:path:)?\w+>|\{\w+(?::path)?\}"],
    references=[CWE(22), "https://flask.palletsprojects.com/en/stable/api/#flask.send_from_directory"],
    examples={
        "match": [
            "@app.get(\"/files/<path:name>\")\ndef download(name):\n    return send_file(os.path.join(UPLOAD_DIR, name))",
            "from flask import request, send_file\n    return send_file(os.path.join(app.config['EXPORTS'], filename))",
            "@router.get(\"/reports/{name}\")\nasync def report(name: str):\n    return FileResponse(f\"/srv/reports/{name}\")",
        ],
        "noMatch": [
            "@app.get(\"/files/<path:name>\")\ndef download(name):\n    return send_from_directory(UPLOAD_DIR, name)",
            "from flask import request, send_file\n    return send_file(os.path.join(UPLOAD_DIR, secure_filename(name)))",
            "from flask import request, send_file\n    return send_file(os.path.join(STATIC_DIR, 'logo.png'))",
        ],
    },
)

rule(
    id="python-path-from-request-variable",
    title="File opened right after its name was read from the request (Python)",
    message="The line above reads a value from the request and this line opens, joins or sends a file with a bare variable: a name like ../../etc/passwd (or an absolute path) escapes the intended folder.",
    fix="Clean the name first (`werkzeug.utils.secure_filename(name)` or `os.path.basename(name)`) and check the resolved path stays in the base folder; in Flask prefer `send_from_directory(BASE, name)`.",
    paths=PY,
    pattern=(r"(?:(?<![\w.])(?:open|send_file|FileResponse|Path)|\bio\.open|\bos\.path\.join|\bos\.(?:remove|unlink|listdir)|\bpathlib\.Path|\bshutil\.\w{2,12})"
             r"\((?:(?!secure_filename\(|basename\(|safe_join\()[^\n]){0,160}?(?:,\s*|\(\s*)[a-z_]\w{0,40}\s*[,)]"),
    keywords=["open", "send_file", "fileresponse", "path", "os.path.join", "os.remove", "os.unlink", "os.listdir", "shutil."],
    previousLine=r"^\s*[a-z_]\w{0,40}\s*=\s*" + PY_REQ + r"(?![^\n]{0,200}?(?:secure_filename|basename)\()",
    references=[CWE(22), "https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename"],
    examples={
        "match": [
            "    filename = request.args.get(\"file\")\n    with open(os.path.join(UPLOAD_DIR, filename)) as fh:",
            "    name = request.form[\"name\"]\n    os.remove(os.path.join(MEDIA_ROOT, name))",
        ],
        "noMatch": [
            "    filename = secure_filename(request.args.get(\"file\"))\n    with open(os.path.join(UPLOAD_DIR, filename)) as fh:",
            "    owner = request.args.get(\"owner\", \"\")\n    cur = db().cursor()",
            "    filename = request.args.get(\"file\")\n    path = os.path.join(UPLOAD_DIR, os.path.basename(filename))",
        ],
    },
)

RB_INPUT = r"(?:\bparams\[|\bparams\.(?:fetch|require|permit|dig)\(|\brequest\.(?:params|query_parameters|path_parameters)\b|\bcookies\[)"
rule(
    id="ruby-path-traversal-params",
    title="File path built from params (Ruby/Rails)",
    message="send_file, File.read/open, Rails.root.join or File.join with a value from params accepts ../ and absolute names, so a request can read or overwrite files outside the intended folder: path traversal.",
    fix="Keep only the base name and check the resolved path stays inside the folder: `name = File.basename(params[:file]); path = Rails.root.join(\"storage\", \"reports\", name); raise ActionController::BadRequest unless path.to_s.start_with?(Rails.root.join(\"storage\", \"reports\").to_s + \"/\")`.",
    paths=RB,
    pattern=(r"(?:(?<![\w.:])(?:send_file|render\s+file:|File\.(?:read|open|new|readlines|binread|write|delete|unlink|join|expand_path)|IO\.(?:read|readlines|binread)|Rails\.root\.join|Pathname\.new|FileUtils\.\w{2,12}|Dir\.(?:glob|entries|\[\]))\b\s*\(?)"
             r"(?:(?!File\.basename\(|sanitize)[^\n]){0,200}?" + RB_INPUT),
    keywords=["params", "request.", "cookies["],
    references=[CWE(22), "https://guides.rubyonrails.org/security.html#file-downloads"],
    examples={
        "match": [
            "send_file Rails.root.join(\"storage\", \"reports\", params[:file])",
            "data = File.read(File.join(UPLOAD_DIR, params[:name]))",
            "send_file \"/srv/files/#{params[:path]}\", disposition: \"attachment\"",
        ],
        "noMatch": [
            "send_file Rails.root.join(\"storage\", \"reports\", File.basename(params[:file]))",
            "@report = Report.find(params[:id])",
            "send_file Rails.root.join(\"public\", \"manual.pdf\")",
        ],
    },
)

# ====================================================================== eval (more languages)

rule(
    id="php-eval-non-literal",
    title="eval / create_function / preg_replace /e on a non-literal (PHP)",
    message="eval() runs its string as PHP code; a value from the request or a variable spliced into it lets an attacker run code on the server.",
    fix="Do not build code: map names to callables (`$ops = ['sum' => fn($a, $b) => $a + $b]`), use a real expression parser (symfony/expression-language) for formulas, json_decode for data.",
    paths=PHP,
    pattern=(r"(?<![\w>:$])(?:eval\s*\(|create_function\s*\(\s*(?:(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}')\s*,)?)\s*(?:\$|(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}')\s*\.|\"[^\"\n]{0,300}?\$[\w{])"
             r"|(?<![\w>:$])(?:eval|assert)\s*\([^;\n]{0,200}?" + PHP_INPUT
             + r"|\bpreg_replace\(\s*(?:\"[^\"\n]{1,200}/[a-zA-Z]{0,6}e[a-zA-Z]{0,6}\"|'[^'\n]{1,200}/[a-zA-Z]{0,6}e[a-zA-Z]{0,6}')\s*,"),
    keywords=["eval", "create_function", "assert", "preg_replace"],
    references=[CWE(95), "https://www.php.net/manual/en/function.eval.php"],
    examples={
        "match": [
            "eval('$total = ' . $_POST['formula'] . ';');",
            "eval($code);",
            "eval(\"return $expr;\");",
            "$f = create_function('$x', 'return ' . $body . ';');",
        ],
        "noMatch": [
            "$result = $this->evaluator->eval($expr);",
            "eval('return 1 + 1;');",
            "$value = json_decode($_POST['data'], true);",
        ],
    },
)

rule(
    id="ruby-eval-non-literal",
    title="eval / instance_eval / send on request input (Ruby)",
    message="eval and its relatives run a string as Ruby code, and send/constantize call whatever method or class the string names; with a value from params or the request that is remote code execution.",
    fix="Map allowed names to behaviour instead of running them: `OPS = { \"sum\" => ->(a, b) { a + b } }; OPS.fetch(params[:op])`; for formulas use a parser (dentaku), for data JSON.parse.",
    paths=RB,
    pattern=(r"(?<![\w.:])(?:eval|instance_eval|class_eval|module_eval|instance_exec)\b\s*(?:\(\s*)?(?!\s)(?:[^\n]{0,120}?" + RB_INPUT + r")"
             r"|(?<![\w.:])eval\s*(?:\(\s*)?(?![\"'%<)\s])(?!binding\b)[a-z_@$][\w.@$]{0,60}\s*(?:\)|,|$)"
             r"|\.(?:send|public_send)\(?\s*(?!\s)[^\n]{0,60}?" + RB_INPUT + r"|" + RB_INPUT + r"[^\n]{0,60}?\.(?:safe_)?constantize\b"),
    keywords=["eval", "instance_exec", "send", "constantize"],
    references=[CWE(95), "https://guides.rubyonrails.org/security.html"],
    examples={
        "match": [
            "render json: { value: eval(params[:expr]) }",
            "result = eval(expression)",
            "@report.send(params[:method])",
            "klass = params[:type].constantize",
        ],
        "noMatch": [
            "result = Dentaku::Calculator.new.evaluate(params[:expr])",
            "class_eval <<~RUBY, __FILE__, __LINE__ + 1",
            "@report.public_send(ALLOWED.fetch(name))",
            "eval(\"1 + 1\")",
        ],
    },
)

# ====================================================================== XSS / command injection / hashing (more shapes)

rule(
    id="js-jquery-html-non-literal",
    title="jQuery .html() (or append/prepend/after/before of built HTML) with a non-literal",
    message="jQuery's .html(value) parses value as HTML and runs the handlers it carries, so user-controlled text becomes cross-site scripting; .append/.prepend/.after/.before do the same with a built string.",
    fix="Use `.text(value)` for text; for markup, build elements (`$('<a>').attr('href', url).text(title)`) or sanitize first: `.html(DOMPurify.sanitize(html))`.",
    paths=JS_DOM,
    pattern=(r"(?:\bjQuery|(?<![\w$])\$)\([^;\n]{0,200}?\)\.html\(\s*" + JSNL
             + r"|(?<![\w.])\$[\w$]{1,40}\.html\(\s*" + JSNL
             + r"|(?:\bjQuery|(?<![\w$])\$)\([^;\n]{0,200}?\)\.(?:append|prepend|after|before|replaceWith)\(\s*(?:`[^`]{0,300}?<[^`]{0,300}?\$\{|[\"'][^\"'\n]{0,300}<[^\"'\n]{0,300}[\"']\s*\+)"),
    keywords=[".html(", ".append(", ".prepend(", ".after(", ".before(", ".replacewith("],
    references=[CWE(79), "https://api.jquery.com/html/#html2"],
    examples={
        "match": [
            "window.jQuery(\"#acme-banner\").html(params.get(\"banner\"));",
            "$('#result').html(response.message);",
            "$list.html(`<li>${item.name}</li>`);",
            "$('#comments').append('<li>' + comment.text + '</li>');",
        ],
        "noMatch": [
            "window.jQuery(\"#acme-banner\").text(params.get(\"banner\"));",
            "$('#result').html('<b>Saved</b>');",
            "$('#result').html(DOMPurify.sanitize(html));",
            "const markup = $('#tpl').html();",
        ],
    },
)

rule(
    id="js-promisified-exec-interpolated",
    title="Shell command built from variables (promisified child_process.exec)",
    message="This file wraps child_process.exec with util.promisify; a call with an interpolated or concatenated string still runs through /bin/sh, so a value inside it can add commands: command injection.",
    fix="Promisify execFile instead and pass arguments as an array: `const execFileP = promisify(execFile); await execFileP('tar', ['-czf', out, '-C', root, '.'])`.",
    paths=JS,
    pattern=r"(?<![\w$.])(?:run|sh|shell|cmd|execute|execAsync|execP|execPromise|pExec|asyncExec|promiseExec|execCmd|execCommand|runCmd|runCommand|runShell|exec_)\(\s*" + JS_BUILT,
    keywords=["run", "sh", "cmd", "exec"],
    requireInFile=[r"\bpromisify\(\s*(?:require\(\s*[\"'](?:node:)?child_process[\"']\s*\)\.|[\w$]+\.)?exec\s*\)"],
    references=[CWE(78), "https://nodejs.org/api/child_process.html#child_processexeccommand-options-callback"],
    examples={
        "match": [
            "const run = promisify(exec);\nconst { stdout } = await run(`tar -czf /tmp/${req.params.name}.tgz -C ${REPORT_ROOT} .`);",
            "const execAsync = util.promisify(require('child_process').exec);\nawait execAsync('git clone ' + repoUrl);",
        ],
        "noMatch": [
            "const run = promisify(execFile);\nconst { stdout } = await run('tar', ['-czf', `/tmp/${name}.tgz`]);",
            "const run = promisify(exec);\nawait run('git rev-parse HEAD');",
            "const run = promisify(exec);\nlogger.info(`archived ${name}`);",
        ],
    },
)

rule(
    id="go-md5-sha1-password-hash",
    title="Password hashed with md5.New()/sha1.New() (Go)",
    message="This file writes a password into an MD5 or SHA-1 hash. They are fast, unsalted hashes: a leaked table of them is cracked in hours with commodity GPUs.",
    fix="Use `bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)` (golang.org/x/crypto/bcrypt) or argon2.IDKey, and `bcrypt.CompareHashAndPassword` to check.",
    paths=GO,
    pattern=r"\b(?:md5|sha1)\.New\(\)",
    keywords=["md5.new", "sha1.new"],
    requireInFile=[r"(?:\.Write(?:String)?\(|io\.WriteString\(\s*\w{1,30}\s*,)[^\n]{0,120}?(?:passw(?:or)?d|passphrase|\bpwd\b)"],
    ignoreCase=True,
    references=[CWE(916), OWASP_CS("Password_Storage_Cheat_Sheet")],
    examples={
        "match": [
            "\th := sha1.New()\n\th.Write([]byte(salt + password))",
            "\th := md5.New()\n\tio.WriteString(h, user.Password)",
        ],
        "noMatch": [
            "\th := md5.New()\n\tio.Copy(h, f)",
            "\th := sha1.New()\n\th.Write(body)\n\thash, _ := bcrypt.GenerateFromPassword([]byte(password), 12)",
        ],
    },
)

pack = {
    "$schema": "./schema.json",
    "pack": "code",
    "category": "insecure-code",
    "description": "Insecure patterns in application code that AI assistants often reproduce: SQL and command injection, XSS sinks, eval, weak password hashing and ciphers, predictable randomness, TLS verification switched off, unsafe deserialization, path traversal and CORS with credentials for any origin. Rules see one added line at a time, so each names the insecure call and the shape of its argument on that line.",
    "defaults": {
        "severity": "warn",
        "excludePaths": ["*.d.ts", "*.min.js", "*.min.mjs", "*.bundle.js", "**/node_modules/**", "**/vendor/**"],
    },
    "rules": rules,
}

ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), "duplicate ids"
out = json.dumps(pack, indent=2, ensure_ascii=False) + "\n"
open(sys.argv[1], "w").write(out)
print(len(rules), "rules")
