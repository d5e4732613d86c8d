package org.hospitalatlas.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keys that may write, each with a name so a write can be traced to whoever holds it. Only SHA-256 hashes are
 * kept: {@code hospital-atlas.api-keys.<name>=<sha256 hex>}, and the single plain key of
 * {@code hospital-atlas.api-key} (HOSPITAL_ATLAS_API_KEY) is hashed on start as the key named {@code default}. A
 * presented key is hashed and compared with every stored hash in constant time.
 */
final class ApiKeys {

    static final String DEFAULT_NAME = "default";

    private record Entry(String name, byte[] hash) {}

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * @param plainKey the single key kept in plain text (may be null or blank: none)
     * @param hashes key name → SHA-256 of the key as 64 hex digits
     */
    static ApiKeys of(String plainKey, Map<String, String> hashes) {
        return of("hospital-atlas.api-key", plainKey, hashes);
    }

    /**
     * Keys configured under another name: {@code plainProperty} for the plain key and {@code plainProperty + "s"}
     * for the hashes (hospital-atlas.metrics-key and hospital-atlas.metrics-keys.&lt;name&gt;).
     */
    static ApiKeys of(String plainProperty, String plainKey, Map<String, String> hashes) {
        String hashesProperty = plainProperty + "s";
        Map<String, byte[]> named = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        if (hashes != null) {
            hashes.forEach((name, hex) -> {
                String cleaned = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
                if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
                    problems.add("key name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-'");
                } else if (!cleaned.matches("[0-9a-f]{64}")) {
                    problems.add(hashesProperty + "." + name
                            + " must be the SHA-256 of the key as 64 hex digits (printf %s KEY | sha256sum)");
                } else {
                    named.put(name, HexFormat.of().parseHex(cleaned));
                }
            });
        }
        if (plainKey != null && !plainKey.isBlank()) {
            if (named.containsKey(DEFAULT_NAME)) {
                problems.add(plainProperty + " is the key named '" + DEFAULT_NAME + "': do not also set "
                        + hashesProperty + "." + DEFAULT_NAME);
            }
            named.put(DEFAULT_NAME, sha256(plainKey));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid API key configuration: " + String.join("; ", problems));
        }
        List<Entry> entries = new ArrayList<>();
        named.forEach((name, hash) -> entries.add(new Entry(name, hash)));
        return new ApiKeys(List.copyOf(entries));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The names of the configured keys, for the start-up log (never the keys or their hashes). */
    List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** The name of the key {@code presented} is, or null. Every stored hash is compared, whichever matches. */
    String nameOf(String presented) {
        if (presented == null || presented.isEmpty()) {
            return null;
        }
        byte[] hash = sha256(presented);
        String match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), hash) && match == null) {
                match = entry.name();
            }
        }
        return match;
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
