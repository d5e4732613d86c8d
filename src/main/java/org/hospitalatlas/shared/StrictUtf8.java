package org.hospitalatlas.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads bytes as UTF-8 text and refuses anything else: a malformed or unmappable sequence is a {@link
 * CharacterCodingException} (an {@link IOException}), never a replacement character, since a document's evidence
 * offsets must point into its text exactly as written. The seed loader, the folder import, the {@code extract}
 * command and {@code POST /documents} all read through it.
 */
public final class StrictUtf8 {

    private StrictUtf8() {}

    /** The text of {@code bytes}; throws if they are not UTF-8. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** The text of a file; a {@link CharacterCodingException} when it is not UTF-8. */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** The text of a stream, read to its end; a {@link CharacterCodingException} when it is not UTF-8. */
    public static String read(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }
}
