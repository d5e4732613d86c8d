package org.hospitalatlas.shared;

/**
 * C0 control characters other than tab, line feed and carriage return have no place in one-line text a client sends
 * (a parameter, a name, a title): a NUL cannot even be stored in PostgreSQL text.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Why {@code value} is not acceptable text, naming the first control character and where it is; null when it is. */
    public static String problem(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("must not contain control characters (U+%04X at character %d)", (int) c, i + 1);
            }
        }
        return null;
    }
}
