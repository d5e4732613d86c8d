package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;

/**
 * Streams a CSV body to a sink — the temporary table {@code bulk_stage} through {@code COPY … FROM STDIN}
 * ({@link CsvLoadsImpl#stage}) — in one pass over the bytes ({@link CsvChunks}, {@link CopyRecords}): it reads the header, prefixes every record with its line number in the file (so that the
 * set-based checks can name lines), leaves out blank lines and records with the wrong number of fields
 * (reported, not copied), and hashes the file. Quoted fields may hold commas, quotes and line breaks
 * (RFC 4180); CRLF line ends are taken as LF. Nothing is held in memory but one record.
 */
final class CsvStager {

    static final int CHUNK = 1 << 18;
    /** Columns a header may have: every format has at most ten, so more is not a file of this kind. */
    static final int MAX_COLUMNS = 64;

    /** The staged file: rows copied, the file's SHA-256, the header's columns, rows refused while reading. */
    record Staged(long rows, String sha256, List<String> header, List<RejectedRow> rejected, long rejectedCount) {}

    private final int maxListed;

    CsvStager(int maxListed) {
        this.maxListed = maxListed;
    }

    /** Where the records go: {@code COPY} in the database ({@link CsvLoadsImpl}), a buffer in a test. */
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;

        void end() throws SQLException;

        void cancel() throws SQLException;

        /** The record the sink could not take, if {@code failure} names one; null when it is about no record. */
        default Unreadable unreadable(SQLException failure) {
            return null;
        }
    }

    /** A record (numbered from 1 in the order written) that the sink could not read, and why. */
    record Unreadable(long record, String reason) {}

    /** Opens the sink once the header is known. */
    interface SinkOpener {
        Sink open(List<String> header) throws SQLException;
    }

    /** Reads the header, opens the sink for its columns and streams the records into it, line numbers first. */
    Staged stream(CsvFormat format, InputStream body, SinkOpener opener) throws SQLException, IOException {
        MessageDigest sha256 = sha256();
        byte[] chunk = new byte[CHUNK];
        CsvChunks reader = new CsvChunks(body, chunk, sha256);
        List<String> header = readHeader(reader, format);
        Sink sink = opener.open(header);
        CopyRecords writer = new CopyRecords(header.size(), maxListed, sink);
        try {
            int n;
            while ((n = reader.next()) > 0) {
                writer.accept(chunk, reader.start, n);
            }
            writer.finish();
            sink.end();
        } catch (SQLException e) {
            sink.cancel();
            Unreadable unreadable = sink.unreadable(e);
            if (unreadable == null) {
                throw e;
            }
            writer.reject(writer.fileLineOf(unreadable.record()), unreadable.reason());
            throw new CopyFailed(writer.rows, writer.rejected, writer.rejectedCount);
        } catch (IOException | RuntimeException e) {
            sink.cancel();
            throw e;
        }
        return new Staged(
                writer.rows, HexFormat.of().formatHex(sha256.digest()), header, writer.rejected, writer.rejectedCount);
    }

    /** COPY refused the data (not UTF-8, a NUL byte …): the file cannot be read past that line. */
    static final class CopyFailed extends RuntimeException {
        final long rows;
        final List<RejectedRow> rejected;
        final long rejectedCount;

        CopyFailed(long rows, List<RejectedRow> rejected, long rejectedCount) {
            super("COPY refused the file", null, false, false);
            this.rows = rows;
            this.rejected = rejected;
            this.rejectedCount = rejectedCount;
        }
    }

    private static List<String> readHeader(CsvChunks reader, CsvFormat format) throws IOException {
        byte[] line = reader.headerLine();
        if (line == null) {
            throw new InvalidInputException(
                    "body", "is empty: send a CSV file whose first line names its columns (" + known(format) + ")");
        }
        int start = line.length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF
                ? 3
                : 0;
        // counted on the bytes before any per-column work: a header of 100 000 columns would otherwise cost minutes
        // of CPU and an answer of tens of megabytes
        int fields = 1;
        for (int i = start; i < line.length; i++) {
            if (line[i] == ',') {
                fields++;
            }
        }
        if (fields > MAX_COLUMNS) {
            throw new InvalidInputException(
                    "header",
                    "has " + fields + " columns; at most " + MAX_COLUMNS + " are read (the columns are " + known(format)
                            + ")");
        }
        String text = new String(line, start, line.length - start, StandardCharsets.UTF_8);
        Set<String> columns = new LinkedHashSet<>();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (String raw : text.split(",", -1)) {
            String column = raw.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            if (!format.columns().contains(column)) {
                errors.add(new InvalidInputException.FieldError(
                        "header", "unknown column '" + truncate(column) + "'; the columns are " + known(format)));
            } else if (!columns.add(column)) {
                errors.add(new InvalidInputException.FieldError("header", "column '" + column + "' appears twice"));
            }
        }
        for (String required : format.columns()) {
            if (format.required().contains(required) && !columns.contains(required)) {
                errors.add(new InvalidInputException.FieldError("header", "missing column '" + required + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the names that go into SQL are the format's own constants, never the file's text
        return columns.stream()
                .map(c -> format.columns().get(format.columns().indexOf(c)))
                .toList();
    }

    private static String known(CsvFormat format) {
        List<String> described = new ArrayList<>();
        for (String column : format.columns()) {
            described.add(format.required().contains(column) ? column : column + " (optional)");
        }
        return String.join(", ", described);
    }

    private static String truncate(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
