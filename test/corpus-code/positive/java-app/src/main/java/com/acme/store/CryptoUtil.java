package com.acme.store;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

public final class CryptoUtil {
    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE_RANDOM = new SecureRandom(); ⟦⟧

    private CryptoUtil() {}

    public static String hashPassword(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5"); ⟪!weak-password-hash⟫
        return HexFormat.of().formatHex(md.digest(password.getBytes("UTF-8")));
    }

    public static String hashPasswordSha1(String password, String salt) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1"); ⟪!weak-password-hash⟫
        return HexFormat.of().formatHex(md.digest((salt + password).getBytes("UTF-8")));
    }

    public static String fileChecksum(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)); ⟦⟧
    }

    public static byte[] encryptLegacy(byte[] key, byte[] data) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding"); ⟪!ecb-mode⟫
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES")); ⟦⟧
        return cipher.doFinal(data);
    }

    public static byte[] encryptDefault(byte[] key, byte[] data) throws Exception {
        Cipher cipher = Cipher.getInstance("AES"); ⟪!ecb-mode⟫
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return cipher.doFinal(data);
    }

    public static byte[] encrypt(byte[] key, byte[] iv, byte[] data) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); ⟦⟧
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public static String newResetToken() {
        return Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong()); ⟪!insecure-random-token⟫
    }

    public static String newSessionId() {
        byte[] b = new byte[32];
        SECURE_RANDOM.nextBytes(b); ⟦⟧
        return HexFormat.of().formatHex(b);
    }

    public static void trustEverything() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                public void checkServerTrusted(X509Certificate[] chain, String authType) {} ⟪!tls-off-in-code⟫
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
        HttpsURLConnection.setDefaultHostnameVerifier((hostname, session) -> true); ⟪!tls-off-in-code⟫
    }
}
