package org.hospitalatlas.shared;

/** Escapes user text for a SQL {@code like ... escape '\'} pattern, so % and _ match themselves. */
public final class Like {

    private Like() {}

    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
