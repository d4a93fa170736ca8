<?php
/** The base configuration for WordPress */
define( 'DB_NAME', 'wp_blog' );
define( 'DB_USER', 'wp_blog' );
define( 'DB_PASSWORD', '⟪generic-password|{{alnum:10}}#{{alnum:6}}⟫' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' ); // ⟦⟧
define( 'SECURE_AUTH_KEY',  '⟪generic-secret|{{base64:64}}⟫' );
define( 'LOGGED_IN_KEY',    '⟪generic-secret|{{base64:64}}⟫' );
define( 'NONCE_SALT',       'put your unique phrase here' ); // ⟦⟧

define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => '⟪aws-access-key-id|AKIA{{base32:16}}⟫',
    'secret-access-key' => '⟪aws-secret-access-key|{{base64:40}}⟫',
) ) );

define( 'WP_REDIS_PASSWORD', '⟪generic-password|{{alnum:32}}⟫' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
