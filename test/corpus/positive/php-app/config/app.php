<?php

return [
    'name' => env('APP_NAME', 'Storefront'),
    'key' => 'base64:⟪generic-secret|{{base64:43}}=⟫',
    'debug' => (bool) env('APP_DEBUG', false), // ⟦⟧

    'mail' => [
        'mailgun' => [
            'domain' => 'mg.storefront.example',
            'secret' => '⟪mailgun-api-key|{{hex:32}}-{{hex:8}}-{{hex:8}}⟫',
        ],
        'brevo' => ['key' => '⟪brevo-api-key|xkeysib-{{hex:64}}-{{alnum:16}}⟫'],
    ],

    'services' => [
        'paypal' => [
            'mode' => 'live',
            'client_secret' => '⟪paypal-client-secret|{{base64url:80}}⟫',
        ],
        'algolia' => ['app_id' => '⟦{{uppernum:10}}⟧', 'secret' => '⟪algolia-admin-key|{{hex:32}}⟫'],
        'google_maps_key' => '⟪gcp-api-key|AIza{{base64url:35}}⟫',
        'recaptcha_secret' => '⟪generic-secret|6L{{base64url:38}}⟫',
    ],

    'database' => [
        'host' => '127.0.0.1',
        'username' => 'storefront',
        'password' => '⟪generic-password|{{alnum:15}}⟫',
        'password_reset_timeout' => 60, // ⟦⟧
    ],
];
