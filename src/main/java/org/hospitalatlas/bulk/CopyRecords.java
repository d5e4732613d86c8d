package org.hospitalatlas.bulk;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.RejectedRowsException.RejectedRow;

/** Turns the file's records into COPY's: "line,field,…\n", checked for their number of fields. */
final class CopyRecords {
    private static final int CHUNK = CsvStager.CHUNK;
    private static final int FLUSH_AT = 1 << 19;
    private static final int MAX_RECORD = 1 << 24;

    private final int fields;
    private final int maxListed;
    private final CsvStager.Sink sink;
    private byte[] out = new byte[FLUSH_AT + CHUNK * 2];
    private int position;
    private int recordStart;
    private boolean atRecordStart = true;
    private boolean inQuotes;
    private boolean empty;
    private int commas;
    private long line = 2; // the header is line 1
    private long recordLine;
    long rows;
    final List<RejectedRow> rejected = new ArrayList<>();
    long rejectedCount;
    // (records copied, file line − record number) wherever the difference changes: maps COPY's record numbers
    // back to file lines when COPY refuses one
    private final List<long[]> offsets = new ArrayList<>();
    private long offset = Long.MIN_VALUE;

    CopyRecords(int fields, int maxListed, CsvStager.Sink sink) {
        this.maxListed = maxListed;
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
