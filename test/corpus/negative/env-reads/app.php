<?php
$password = getenv('DB_PASSWORD'); // ⟦⟧
$apiKey = $_ENV['STRIPE_SECRET'] ?? ''; // ⟦⟧
$token = env('GITHUB_TOKEN'); // ⟦⟧
$secret = config('services.mailgun.secret'); // ⟦⟧
define('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') ?: ''); // ⟦⟧
