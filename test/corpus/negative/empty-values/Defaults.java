class Defaults {
    String password = ""; // ⟦⟧
    String token = null; // ⟦⟧
    private static final String API_KEY = ""; // ⟦⟧
}
