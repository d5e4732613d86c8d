package org.hospitalatlas.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Streams a CSV body into the temporary table {@code bulk_stage} with {@code COPY … FROM STDIN}, in one pass
 * over the bytes: it reads the header, prefixes every record with its line number in the file (so that the
 * set-based checks can name lines), leaves out blank lines and records with the wrong number of fields
 * (reported, not copied), and hashes the file. Quoted fields may hold commas, quotes and line breaks
 * (RFC 4180); CRLF line ends are taken as LF. Nothing is held in memory but one record.
 */
final class CsvStager {

    private static final int CHUNK = 1 << 18;
    private static final int FLUSH_AT = 1 << 19;
    private static final int MAX_RECORD = 1 << 24;
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)");
    /** Columns a header may have: every format has at most ten, so more is not a file of this kind. */
    static final int MAX_COLUMNS = 64;

    /** The staged file: rows copied, the file's SHA-256, the header's columns, rows refused while reading. */
    record Staged(long rows, String sha256, List<String> header, List<RejectedRow> rejected, long rejectedCount) {}

    private final int maxListed;

    CsvStager(int maxListed) {
        this.maxListed = maxListed;
    }

    /** Where the records go: {@code COPY} in the database, a buffer in a test. */
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;

        void end() throws SQLException;

        void cancel() throws SQLException;
    }

    /** Opens the sink once the header is known. */
    interface SinkOpener {
        Sink open(List<String> header) throws SQLException;
    }

    Staged stage(Connection connection, CsvFormat format, InputStream body) throws SQLException, IOException {
        return stream(format, body, header -> {
            createStage(connection, format);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement(header));
            return new Sink() {
                @Override
                public void write(byte[] bytes, int length) throws SQLException {
                    copy.writeToCopy(bytes, 0, length);
                }

                @Override
                public void end() throws SQLException {
                    copy.endCopy();
                }

                @Override
                public void cancel() throws SQLException {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
            };
        });
    }

    /** Reads the header, opens the sink for its columns and streams the records into it, line numbers first. */
    Staged stream(CsvFormat format, InputStream body, SinkOpener opener) throws SQLException, IOException {
        MessageDigest sha256 = sha256();
        byte[] chunk = new byte[CHUNK];
        Reader reader = new Reader(body, chunk, sha256);
        List<String> header = readHeader(reader, format);
        Sink sink = opener.open(header);
        Writer writer = new Writer(header.size(), sink);
        try {
            int n;
            while ((n = reader.next()) > 0) {
                writer.accept(chunk, reader.start, n);
            }
            writer.finish();
            sink.end();
        } catch (SQLException e) {
            sink.cancel();
            RejectedRow unreadable = unreadable(e, writer);
            if (unreadable == null) {
                throw e;
            }
            writer.reject(unreadable.line(), unreadable.reason());
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

    private static List<String> readHeader(Reader reader, CsvFormat format) throws IOException {
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

    private static void createStage(Connection connection, CsvFormat format) throws SQLException {
        StringBuilder ddl = new StringBuilder("create temporary table bulk_stage (line integer not null");
        for (String column : format.columns()) {
            ddl.append(", ").append(column).append(" text");
        }
        ddl.append(") on commit drop");
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl.toString());
        }
    }

    private static String copyStatement(List<String> header) {
        return "copy bulk_stage (line, " + String.join(", ", header) + ") from stdin (format csv)";
    }

    /** The file line of a COPY error, from the server's "COPY bulk_stage, line N" context. */
    private static RejectedRow unreadable(SQLException e, Writer writer) {
        if (!(e instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
            return null;
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        String where = message.getWhere();
        if (where == null) {
            return null;
        }
        Matcher matcher = COPY_LINE.matcher(where);
        if (!matcher.find()) {
            return null;
        }
        long record = Long.parseLong(matcher.group(1));
        String reason = "22021".equals(message.getSQLState())
                ? "not UTF-8 text (or a NUL byte); the file cannot be read from this line on"
                : "the file cannot be read from this line on: " + message.getMessage();
        return new RejectedRow(writer.fileLineOf(record), reason);
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

    /** Reads the body in chunks, hashing every byte; hands out the header line first. */
    private static final class Reader {
        private final InputStream in;
        private final byte[] chunk;
        private final MessageDigest sha256;
        private int start;
        private int pending;

        Reader(InputStream in, byte[] chunk, MessageDigest sha256) {
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
                throw new InvalidInputException("header", "the first line is longer than " + CHUNK + " bytes");
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

    /** Turns the file's records into COPY's: "line,field,…\n", checked for their number of fields. */
    private final class Writer {
        private final int fields;
        private final Sink sink;
        private byte[] out = new byte[FLUSH_AT + CHUNK * 2];
        private int position;
        private int recordStart;
        private boolean atRecordStart = true;
        private boolean inQuotes;
        private boolean empty;
        private int commas;
        private long line = 2; // the header is line 1
        private long recordLine;
        private long rows;
        private final List<RejectedRow> rejected = new ArrayList<>();
        private long rejectedCount;
        // (records copied, file line − record number) wherever the difference changes: maps COPY's record numbers
        // back to file lines when COPY refuses one
        private final List<long[]> offsets = new ArrayList<>();
        private long offset = Long.MIN_VALUE;

        Writer(int fields, Sink sink) {
            this.fields = fields;
            this.sink = sink;
        }

        void accept(byte[] bytes, int from, int length) throws SQLException {
            int end = from + length;
            for (int i = from; i < end; i++) {
                byte b = bytes[i];
                if (atRecordStart) {
                    beginRecord();
                }
                if (inQuotes) {
                    if (b == '"') {
                        inQuotes = false;
                    } else if (b == '\n') {
                        line++;
                    }
                    put(b);
                    continue;
                }
                switch (b) {
                    case '\n' -> {
                        line++;
                        endRecord();
                    }
                    case '\r' -> {} // CRLF → LF; a lone CR outside quotes carries nothing
                    case '"' -> {
                        inQuotes = true;
                        empty = false;
                        put(b);
                    }
                    case ',' -> {
                        commas++;
                        empty = false;
                        put(b);
                    }
                    default -> {
                        empty = false;
                        put(b);
                    }
                }
            }
        }

        void finish() throws SQLException {
            if (!atRecordStart) {
                if (inQuotes) {
                    position = recordStart;
                    reject(recordLine, "a quoted field is not closed before the end of the file");
                } else {
                    endRecord();
                }
            }
            flush();
        }

        private void beginRecord() {
            atRecordStart = false;
            recordStart = position;
            recordLine = line;
            commas = 0;
            empty = true;
            ensure(24);
            long value = recordLine;
            int digits = 1;
            for (long v = value; v >= 10; v /= 10) {
                digits++;
            }
            for (int d = digits - 1; d >= 0; d--) {
                out[position + d] = (byte) ('0' + value % 10);
                value /= 10;
            }
            position += digits;
            out[position++] = ',';
        }

        private void endRecord() throws SQLException {
            atRecordStart = true;
            if (empty) {
                position = recordStart; // a blank line
                return;
            }
            if (commas + 1 != fields) {
                position = recordStart;
                reject(recordLine, "expected " + fields + " fields as in the header, found " + (commas + 1));
                return;
            }
            put((byte) '\n');
            rows++;
            long difference = recordLine - rows;
            if (difference != offset) {
                offsets.add(new long[] {rows, difference});
                offset = difference;
            }
            if (position >= FLUSH_AT) {
                flush();
            }
        }

        void reject(long atLine, String reason) {
            rejectedCount++;
            if (rejected.size() < maxListed) {
                rejected.add(new RejectedRow(atLine, reason));
            }
        }

        long fileLineOf(long record) {
            long difference = 1;
            for (long[] entry : offsets) {
                if (entry[0] > record) {
                    break;
                }
                difference = entry[1];
            }
            return record + difference;
        }

        private void put(byte b) {
            if (position == out.length) {
                grow();
            }
            out[position++] = b;
        }

        private void ensure(int bytes) {
            while (position + bytes > out.length) {
                grow();
            }
        }

        private void grow() {
            if (position - recordStart > MAX_RECORD) {
                throw new InvalidInputException("line " + recordLine, "a record longer than 16 MB");
            }
            byte[] bigger = new byte[out.length * 2];
            System.arraycopy(out, 0, bigger, 0, position);
            out = bigger;
        }

        private void flush() throws SQLException {
            int complete = atRecordStart ? position : recordStart;
            if (complete > 0) {
                sink.write(out, complete);
                System.arraycopy(out, complete, out, 0, position - complete);
                position -= complete;
                recordStart -= complete;
            }
        }
    }
}
