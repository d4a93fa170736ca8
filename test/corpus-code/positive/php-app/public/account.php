<?php
// Account pages for the legacy customer portal.
declare(strict_types=1);

require __DIR__ . '/../bootstrap.php';

$pdo = db();
$id = $_GET['id'] ?? '';
$page = $_GET['page'] ?? 'home';

$result = mysqli_query($conn, "SELECT * FROM accounts WHERE id = '$id'"); ⟪!sql-interpolation⟫
$rows = $pdo->query("SELECT * FROM orders WHERE account_id = " . $_GET['id'])->fetchAll(); ⟪!sql-interpolation⟫
$stmt = $pdo->prepare("SELECT * FROM orders WHERE account_id = ? AND status = ?"); ⟦⟧
$stmt->execute([$id, 'open']); ⟦⟧
$safeRows = $stmt->fetchAll();

include __DIR__ . '/pages/' . $page . '.php'; ⟪!path-from-input⟫
$allowed = ['home', 'orders', 'settings'];
include __DIR__ . '/pages/' . (in_array($page, $allowed, true) ? $page : 'home') . '.php'; ⟦⟧
$invoice = file_get_contents('/srv/invoices/' . $_GET['invoice']); ⟪!path-from-input⟫
$invoiceSafe = file_get_contents('/srv/invoices/' . basename((string) ($_GET['invoice'] ?? ''))); ⟦⟧

$prefs = unserialize($_COOKIE['prefs'] ?? 'a:0:{}'); ⟪!unsafe-deserialize⟫
$prefsSafe = json_decode($_COOKIE['prefs_json'] ?? '{}', true, 8, JSON_THROW_ON_ERROR); ⟦⟧

if (isset($_POST['password'])) {
    $hash = md5($_POST['password']); ⟪!weak-password-hash⟫
    $hash2 = sha1($salt . $_POST['password']); ⟪!weak-password-hash⟫
    $good = password_hash($_POST['password'], PASSWORD_DEFAULT); ⟦⟧
}
$cacheKey = md5($_SERVER['REQUEST_URI']); ⟦⟧

$token = substr(str_shuffle(md5((string) mt_rand())), 0, 24); ⟪!insecure-random-token⟫
$tokenGood = bin2hex(random_bytes(16)); ⟦⟧

$listing = shell_exec('ls -la /srv/exports/' . $_GET['dir']); ⟪!shell-injection⟫
$listingSafe = shell_exec('ls -la /srv/exports/' . escapeshellarg(basename($_GET['dir'] ?? ''))); ⟦⟧
system("convert /srv/uploads/{$_POST['file']} -resize 200x200 /srv/thumbs/out.png"); ⟪!shell-injection⟫

eval('$total = ' . $_POST['formula'] . ';'); ⟪!dynamic-eval⟫

$encrypted = openssl_encrypt($data, 'AES-128-ECB', $key); ⟪!ecb-mode⟫
$encryptedGood = openssl_encrypt($data, 'aes-256-gcm', $key, 0, $iv, $tag); ⟦⟧

$ch = curl_init('https://partner.example.com/api');
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); ⟪!tls-off-in-code⟫
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0); ⟪!tls-off-in-code⟫
curl_setopt($ch, CURLOPT_CAINFO, '/etc/ssl/partner-ca.pem'); ⟦⟧

header('Access-Control-Allow-Origin: ' . $_SERVER['HTTP_ORIGIN']); ⟪!cors-wildcard-credentials⟫
header('Access-Control-Allow-Credentials: true');
?>
<h1>Welcome back, <?= htmlspecialchars($account['name'], ENT_QUOTES) ?></h1>
