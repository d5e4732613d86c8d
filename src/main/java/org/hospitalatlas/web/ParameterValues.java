package org.hospitalatlas.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the compact constructors of parameter records make of text and list parameters. */
public final class ParameterValues {

    private ParameterValues() {}

    /** The trimmed text, null when absent or blank. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /**
     * A comma-separated list (Spring splits it at the commas, and repeated parameters add to it) trimmed, without
     * blanks or repeats; null when nothing is left.
     */
    public static List<String> list(List<String> raw) {
        if (raw == null) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        for (String value : raw) {
            for (String part : value == null ? new String[0] : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }
}
