package com.acme.config;

public final class Config {
    private final String dbPassword = System.getenv("DB_PASSWORD"); // ⟦⟧
    @Value("${stripe.secret-key}") // ⟦⟧
    private String stripeSecretKey;
    @Value("${app.jwt.secret:}") private String jwtSecret; // ⟦⟧
    private final String token = secretClient.getSecret("api-token").getValue(); // ⟦⟧
    private final char[] password = console.readPassword("Password: "); // ⟦⟧
    private static final String PASSWORD_PROPERTY = "spring.datasource.password"; // ⟦⟧
    private static final String TOKEN_HEADER = "X-Auth-Token"; // ⟦⟧
}
