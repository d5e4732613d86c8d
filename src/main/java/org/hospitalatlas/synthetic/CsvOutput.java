package org.hospitalatlas.synthetic;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A UTF-8 CSV file written through one byte buffer: millions of rows in seconds. Numbers are written from
 * longs without going through strings; text fields are quoted only when they need it (RFC 4180).
 */
final class CsvOutput implements Closeable {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 20];
    private final byte[] digits = new byte[24];
    private int position;
    private boolean firstField = true;
    private long rows;

    CsvOutput(Path file, String... header) throws IOException {
        this.out = Files.newOutputStream(file);
        for (String column : header) {
            text(column);
        }
        endRow();
        rows = 0;
    }

    static byte[] encode(String field) {
        return quoted(field).getBytes(StandardCharsets.UTF_8);
    }

    CsvOutput text(String field) throws IOException {
        return raw(field == null ? new byte[0] : encode(field));
    }

    /** A field already encoded with {@link #encode}: reused for the millions of rows of one hospital. */
    CsvOutput raw(byte[] encoded) throws IOException {
        separator();
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buffer, position, encoded.length);
        position += encoded.length;
        return this;
    }

    CsvOutput number(long value) throws IOException {
        return decimal(value, 0);
    }

    /** {@code unscaled / 10^decimals}, written without a trailing exponent or needless zeros. */
    CsvOutput decimal(long unscaled, int decimals) throws IOException {
        separator();
        ensure(digits.length + 2);
        long magnitude = unscaled;
        if (magnitude < 0) {
            buffer[position++] = '-';
            magnitude = -magnitude;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude > 0 || n <= decimals);
        int fraction = decimals;
        int skip = 0;
        while (skip < fraction && digits[skip] == '0') {
            skip++;
        }
        for (int i = n - 1; i >= decimals; i--) {
            buffer[position++] = digits[i];
        }
        if (skip < fraction) {
            buffer[position++] = '.';
            for (int i = decimals - 1; i >= skip; i--) {
                buffer[position++] = digits[i];
            }
        }
        return this;
    }

    void endRow() throws IOException {
        ensure(1);
        buffer[position++] = '\n';
        firstField = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
        out.close();
    }

    private void separator() throws IOException {
        if (!firstField) {
            ensure(1);
            buffer[position++] = ',';
        }
        firstField = false;
    }

    private void ensure(int bytes) throws IOException {
        if (position + bytes > buffer.length) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    private static String quoted(String field) {
        boolean needs = field.indexOf(',') >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
