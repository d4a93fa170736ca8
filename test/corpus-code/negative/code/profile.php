<?php
declare(strict_types=1);

$stmt = $pdo->prepare('SELECT * FROM profiles WHERE user_id = :id'); ⟦⟧
$stmt->execute(['id' => (int) ($_GET['id'] ?? 0)]); ⟦⟧
$profile = $stmt->fetch();

$hash = password_hash($_POST['password'] ?? '', PASSWORD_ARGON2ID); ⟦⟧
$ok = password_verify($_POST['password'] ?? '', $profile['password_hash']); ⟦⟧
$token = bin2hex(random_bytes(32)); ⟦⟧
$etag = md5_file(__DIR__ . '/static/app.css'); ⟦⟧

$page = basename($_GET['page'] ?? 'home'); ⟦⟧
$file = __DIR__ . '/pages/' . (in_array($page, ['home', 'faq'], true) ? $page : 'home') . '.php';
require $file; ⟦⟧

$prefs = json_decode($_COOKIE['prefs'] ?? '{}', true); ⟦⟧
$out = shell_exec('git -C /srv/app rev-parse --short HEAD'); ⟦⟧
$thumb = shell_exec('convert ' . escapeshellarg('/srv/uploads/' . basename($_POST['file'] ?? '')) . ' /srv/thumbs/out.png'); ⟦⟧

$ch = curl_init('https://partner.example.com/api');
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true); ⟦⟧
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2); ⟦⟧

header('Access-Control-Allow-Origin: https://app.example.com'); ⟦⟧
header('Access-Control-Allow-Credentials: true'); ⟦⟧
echo htmlspecialchars($profile['bio'], ENT_QUOTES, 'UTF-8'); ⟦⟧
