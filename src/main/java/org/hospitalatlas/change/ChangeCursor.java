package org.hospitalatlas.change;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the feed: after the entry {@code id} of transaction {@code tx}. Given out as an opaque token (base64
 * of {@code c1:tx:id}) so that clients keep it as it is and the encoding may change.
 */
record ChangeCursor(BigInteger tx, long id) {

    static final ChangeCursor START = new ChangeCursor(BigInteger.ZERO, 0);

    private static final String PREFIX = "c1:";

    String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + tx + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a token stands for, or null when it is not one this API gave out. */
    static ChangeCursor decode(String token) {
        if (token == null || token.length() > 100) {
            return null;
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!text.matches("c1:\\d{1,20}:\\d{1,18}")) {
            return null;
        }
        String[] parts = text.split(":");
        BigInteger tx = new BigInteger(parts[1]);
        if (tx.bitLength() > 63) {
            return null;
        }
        return new ChangeCursor(tx, Long.parseLong(parts[2]));
    }
}
