package com.acme.store;

import java.io.File;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CrossOrigin(origins = "*", allowCredentials = "true") ⟪!cors-wildcard-credentials⟫
public class UserRepository {
    private final Connection connection;
    private final JdbcTemplate jdbc;
    private final File uploadDir = new File("/srv/uploads"); ⟦⟧

    public UserRepository(Connection connection, JdbcTemplate jdbc) {
        this.connection = connection;
        this.jdbc = jdbc;
    }

    @GetMapping("/users/by-name")
    public ResultSet byName(@RequestParam String name) throws SQLException {
        Statement stmt = connection.createStatement();
        return stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'"); ⟪!sql-interpolation⟫
    }

    @GetMapping("/users/by-email")
    public ResultSet byEmail(@RequestParam String email) throws SQLException {
        PreparedStatement ps = connection.prepareStatement("SELECT * FROM users WHERE email = ?"); ⟦⟧
        ps.setString(1, email);
        return ps.executeQuery();
    }

    @GetMapping("/users/sorted")
    public List<String> sorted(@RequestParam String column) {
        return jdbc.queryForList("SELECT name FROM users ORDER BY " + column, String.class); ⟪!sql-interpolation⟫
    }

    @GetMapping("/users/count")
    public Integer count(@RequestParam String status) {
        String sql = String.format("SELECT COUNT(*) FROM users WHERE status = '%s'", status); ⟪!sql-interpolation⟫
        Integer safe = jdbc.queryForObject("SELECT COUNT(*) FROM users WHERE status = ?", Integer.class, status); ⟦⟧
        return jdbc.queryForObject(sql, Integer.class) + safe;
    }

    @GetMapping("/files")
    public File file(HttpServletRequest request) {
        return new File(uploadDir, request.getParameter("name")); ⟪!path-from-input⟫
    }

    @GetMapping("/files-safe")
    public File fileSafe(HttpServletRequest request) {
        File f = new File(uploadDir, new File(request.getParameter("name")).getName()); ⟦⟧
        return f;
    }

    @GetMapping("/import")
    public Object importState(HttpServletRequest request) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(request.getInputStream())) {
            return in.readObject(); ⟪!unsafe-deserialize⟫
        }
    }

    @GetMapping("/tools/ping")
    public Process ping(@RequestParam String host) throws Exception {
        return Runtime.getRuntime().exec("ping -c 1 " + host); ⟪!shell-injection⟫
    }

    @GetMapping("/tools/ping-safe")
    public Process pingSafe(@RequestParam String host) throws Exception {
        return new ProcessBuilder("ping", "-c", "1", host).start(); ⟦⟧
    }
}
