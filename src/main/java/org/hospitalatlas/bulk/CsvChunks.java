package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import org.hospitalatlas.shared.InvalidInputException;

/** Reads the body in chunks, hashing every byte; hands out the header line first. */
final class CsvChunks {
    private final InputStream in;
    private final byte[] chunk;
    private final MessageDigest sha256;
    int start;
    private int pending;

    CsvChunks(InputStream in, byte[] chunk, MessageDigest sha256) {
        this.in = in;
        this.chunk = chunk;
        this.sha256 = sha256;
    }

    /** The bytes of the first line without its line end, or null for an empty body. */
    byte[] headerLine() throws IOException {
        int filled = 0;
        while (filled < chunk.length) {
            int n = in.read(chunk, filled, chunk.length - filled);
            if (n < 0) {
                break;
            }
            sha256.update(chunk, filled, n);
            for (int i = filled; i < filled + n; i++) {
                if (chunk[i] == '\n') {
                    start = i + 1;
                    pending = filled + n - start;
                    return trimCr(chunk, i);
                }
            }
            filled += n;
        }
        if (filled == chunk.length) {
            throw new InvalidInputException("header", "the first line is longer than " + chunk.length + " bytes");
        }
        start = filled;
        pending = 0;
        return filled == 0 ? null : trimCr(chunk, filled);
    }

    private static byte[] trimCr(byte[] bytes, int end) {
        int e = end > 0 && bytes[end - 1] == '\r' ? end - 1 : end;
        byte[] line = new byte[e];
        System.arraycopy(bytes, 0, line, 0, e);
        return line;
    }

    /** Fills the chunk; the bytes are at {@code chunk[start, start + n)}. 0 at the end. */
    int next() throws IOException {
        if (pending > 0) {
            int n = pending;
            pending = 0;
            return n;
        }
        start = 0;
        int n = in.read(chunk, 0, chunk.length);
        if (n < 0) {
            return 0;
        }
        sha256.update(chunk, 0, n);
        return n;
    }
}
