package org.hospitalatlas.web;

import java.util.Locale;

/** {@code kind}: a figure itself or a year-on-year change a document states. */
public enum FigureKind {
    LEVEL,
    YOY_CHANGE_PCT;

    /** The kind as the queries and answers spell it: level, yoy_change_pct. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind asked for, level when absent. */
    public static String codeOf(FigureKind kind) {
        return (kind == null ? LEVEL : kind).code();
    }
}
