package org.hospitalatlas.bulk;

import java.util.Arrays;
import java.util.Optional;

/** The files the bulk import takes, by the name used in paths, the CLI and the import log. */
public enum BulkImportKind {
    HOSPITALS("hospitals", new HospitalCsv()),
    INDICATOR_VALUES("indicator-values", new IndicatorValueCsv()),
    REFORM_PILOTS("reform-pilots", new ReformPilotCsv()),
    CONSORTIA("consortia", new ConsortiumCsv()),
    CONSORTIUM_MEMBERS("consortium-members", new ConsortiumMemberCsv());

    private final String path;
    private final CsvFormat format;

    BulkImportKind(String path, CsvFormat format) {
        this.path = path;
        this.format = format;
    }

    /** {@code indicator-values}: the name in {@code /api/v1/imports/…}, the CLI and {@code bulk_import.kind}. */
    public String path() {
        return path;
    }

    CsvFormat format() {
        return format;
    }

    public static Optional<BulkImportKind> byPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
