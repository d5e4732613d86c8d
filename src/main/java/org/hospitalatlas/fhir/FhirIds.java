package org.hospitalatlas.fhir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Logical ids of the exported resources, derived from the atlas's stable keys (slugs, codes), never from database
 * row ids, so the same fact has the same id in every database it is loaded into. FHIR ids are at most 64 characters
 * of {@code [A-Za-z0-9.-]}: a longer name keeps its first 55 characters and gets 8 hex digits of its SHA-256.
 */
final class FhirIds {

    static final int MAX_LENGTH = 64;
    static final String CONSORTIUM_PREFIX = "consortium-";

    private static final int KEPT = 55;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    private FhirIds() {}

    static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** {@code name} itself when it fits, else its first 55 characters, a hyphen and 8 hex digits of its hash. */
    static String of(String name) {
        return name.length() <= MAX_LENGTH
                ? name
                : name.substring(0, KEPT) + "-" + sha256(name).substring(0, 8);
    }

    /** The first characters of every name that {@link #of} may have shortened to {@code id}. */
    static String prefixOf(String id) {
        return id.length() == MAX_LENGTH ? id.substring(0, KEPT) : id;
    }

    static String hospital(String slug) {
        return of(slug);
    }

    static String consortium(String slug) {
        return of(CONSORTIUM_PREFIX + slug);
    }

    /** Document slugs may hold '_', which FHIR ids may not; slugs never hold '.', so the mapping is one to one. */
    static String document(String slug) {
        return of("document-" + slug.replace('_', '.'));
    }

    /** A fact keyed by several parts: a prefix naming its kind and 16 hex digits of the parts' hash. */
    static String hashed(String prefix, Object... parts) {
        StringBuilder key = new StringBuilder();
        for (Object part : parts) {
            key.append(part).append('\n');
        }
        return prefix + "-" + sha256(key.toString()).substring(0, 16);
    }

    static String provenance(String targetId) {
        return of("provenance-" + targetId);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
