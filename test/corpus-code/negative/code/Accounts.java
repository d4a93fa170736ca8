package com.acme.safe;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import javax.crypto.Cipher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.bind.annotation.CrossOrigin;

@CrossOrigin(origins = "https://admin.example.com", allowCredentials = "true") ⟦⟧
public class Accounts {
    private static final SecureRandom RANDOM = new SecureRandom(); ⟦⟧
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(12); ⟦⟧
    private final Path root = Path.of("/srv/accounts").toAbsolutePath().normalize();

    public ResultSet byId(Connection c, long id) throws Exception {
        PreparedStatement ps = c.prepareStatement("SELECT * FROM accounts WHERE id = ?"); ⟦⟧
        ps.setLong(1, id); ⟦⟧
        return ps.executeQuery();
    }

    public String hash(String password) {
        return ENCODER.encode(password); ⟦⟧
    }

    public String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public Cipher cipher() throws Exception {
        return Cipher.getInstance("AES/GCM/NoPadding"); ⟦⟧
    }

    public Path statement(String name) {
        Path p = root.resolve(name).normalize();
        if (!p.startsWith(root)) throw new IllegalArgumentException(name); ⟦⟧
        return p;
    }

    public Process archive(String dir) throws Exception {
        return new ProcessBuilder("tar", "-czf", "/tmp/out.tgz", "--", dir).start(); ⟦⟧
    }
}
