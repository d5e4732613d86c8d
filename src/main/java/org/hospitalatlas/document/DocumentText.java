package org.hospitalatlas.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedContentException;
import org.hospitalatlas.shared.StrictUtf8;

/** Reads a request body as document text: bounded in size, strictly UTF-8, not binary, not empty. */
final class DocumentText {

    private DocumentText() {}

    static byte[] readBounded(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new RejectedContentException(
                    RejectedContentException.Reason.TOO_LARGE, "The body is larger than " + maxBytes + " bytes.");
        }
        return bytes;
    }

    static String decode(byte[] bytes, String field) {
        String text;
        try {
            text = StrictUtf8.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new RejectedContentException(
                    RejectedContentException.Reason.NOT_TEXT,
                    "The body is not UTF-8 text; send the document as UTF-8.");
        }
        return requireText(text, field);
    }

    /** Rejects empty and binary text; returns it unchanged, since evidence offsets refer to it as sent. */
    static String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        long control = text.chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        if (text.indexOf('\0') >= 0 || control * 100 > text.length()) {
            throw new RejectedContentException(
                    RejectedContentException.Reason.NOT_TEXT, "The body looks binary, not a text document.");
        }
        return text;
    }
}
