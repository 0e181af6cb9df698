package io.node4j.runtime.bindings.crypto;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The ciphers node4j offers, by OpenSSL name: what getCipherInfo reports and how JCA runs them. */
public record CipherSpec(String name, int nid, String mode, int keyLength, int ivLength, int blockSize,
                         String jca) {
    private static final Map<String, CipherSpec> BY_NAME = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("aes128", "aes-128-cbc"), Map.entry("aes192", "aes-192-cbc"), Map.entry("aes256", "aes-256-cbc"),
            Map.entry("aes-128-gcm", "id-aes128-gcm"), Map.entry("aes-192-gcm", "id-aes192-gcm"),
            Map.entry("aes-256-gcm", "id-aes256-gcm"), Map.entry("des3", "des-ede3-cbc"),
            Map.entry("des-ede3-ecb", "des-ede3"),
            Map.entry("aes128-wrap", "id-aes128-wrap"), Map.entry("aes192-wrap", "id-aes192-wrap"),
            Map.entry("aes256-wrap", "id-aes256-wrap"), Map.entry("aes128-wrap-pad", "id-aes128-wrap-pad"),
            Map.entry("aes192-wrap-pad", "id-aes192-wrap-pad"), Map.entry("aes256-wrap-pad", "id-aes256-wrap-pad"));

    private static void add(CipherSpec s) {
        BY_NAME.put(s.name, s);
    }

    static {
        int[][] aesNids = { // ecb, cbc, ofb, cfb, cfb8, ctr, gcm for 128/192/256
            {418, 419, 420, 421, 653, 904, 895},
            {422, 423, 424, 425, 654, 905, 898},
            {426, 427, 428, 429, 655, 906, 901},
        };
        int[] bits = {128, 192, 256};
        for (int i = 0; i < 3; i++) {
            int k = bits[i] / 8;
            String p = "aes-" + bits[i] + "-";
            add(new CipherSpec(p + "ecb", aesNids[i][0], "ecb", k, 0, 16, "AES/ECB/NoPadding"));
            add(new CipherSpec(p + "cbc", aesNids[i][1], "cbc", k, 16, 16, "AES/CBC/NoPadding"));
            add(new CipherSpec(p + "ofb", aesNids[i][2], "ofb", k, 16, 1, "AES/OFB/NoPadding"));
            add(new CipherSpec(p + "cfb", aesNids[i][3], "cfb", k, 16, 1, "AES/CFB/NoPadding"));
            add(new CipherSpec(p + "cfb8", aesNids[i][4], "cfb", k, 16, 1, "AES/CFB8/NoPadding"));
            add(new CipherSpec(p + "ctr", aesNids[i][5], "ctr", k, 16, 1, "AES/CTR/NoPadding"));
            add(new CipherSpec("id-aes" + bits[i] + "-gcm", aesNids[i][6], "gcm", k, 12, 1, "AES/GCM/NoPadding"));
            // RFC 3394 key wrap with its 8-byte IV, and RFC 5649's padded form with a 4-byte one.
            add(new CipherSpec("id-aes" + bits[i] + "-wrap", 788 + i, "wrap", k, 8, 8, "AES/KW/NoPadding"));
            add(new CipherSpec("id-aes" + bits[i] + "-wrap-pad", 897 + 3 * i, "wrap", k, 4, 8, "AES/KWP/NoPadding"));
        }
        // OpenSSL's chacha20 takes a 16-byte IV: a 32-bit little-endian block counter, then the nonce.
        add(new CipherSpec("chacha20", 1019, "stream", 32, 16, 0, "ChaCha20"));
        add(new CipherSpec("des-ede3", 33, "ecb", 24, 0, 8, "DESede/ECB/NoPadding"));
        add(new CipherSpec("des-ede3-cfb8", 659, "cfb", 24, 8, 1, "DESede/CFB8/NoPadding"));

        add(new CipherSpec("chacha20-poly1305", 1018, "stream", 32, 12, 0, "ChaCha20-Poly1305"));
        add(new CipherSpec("des-ede3-cbc", 44, "cbc", 24, 8, 8, "DESede/CBC/NoPadding"));
    }

    public static CipherSpec lookup(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return BY_NAME.get(ALIASES.getOrDefault(n, n));
    }

    public static String[] names() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(BY_NAME.keySet());
        all.addAll(ALIASES.keySet());
        return all.toArray(new String[0]);
    }

    public boolean isAead() {
        return mode.equals("gcm") || name.equals("chacha20-poly1305");
    }

    /** Whether PKCS#7 padding applies (block modes). */
    public boolean isPadded() {
        return mode.equals("cbc") || mode.equals("ecb");
    }

    String keyAlgorithm() {
        return jca.substring(0, jca.indexOf('/') < 0 ? jca.length() : jca.indexOf('/'))
                .replace("ChaCha20-Poly1305", "ChaCha20");
    }
}
