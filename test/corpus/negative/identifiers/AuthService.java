public class AuthService {
    public static final String PASSWORD_PARAM = "password"; // ⟦⟧
    public static final String ACCESS_TOKEN_KEY = "access_token"; // ⟦⟧
    public static final String SECRET_HEADER = "X-Webhook-Secret"; // ⟦⟧
    private final PasswordEncoder passwordEncoder = new BCryptPasswordEncoder(12); // ⟦⟧
    private final TokenStore tokenStore; // ⟦⟧

    public boolean checkPassword(String rawPassword, String encodedPassword) { // ⟦⟧
        return passwordEncoder.matches(rawPassword, encodedPassword); // ⟦⟧
    }

    public String getSecretName(String env) { return "app/" + env + "/secret"; } // ⟦⟧
}
