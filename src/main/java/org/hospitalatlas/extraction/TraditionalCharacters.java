package org.hospitalatlas.extraction;

/**
 * Traditional → simplified characters, one for one (OpenCC's table, traditional-characters.tsv), so that the rules,
 * written in simplified characters, read 醫院 as 医院 while every offset still points into the text as written.
 */
final class TraditionalCharacters {

    /** Indexed by the UTF-16 unit: 0 where the character has no simplified form (one array lookup per character). */
    private static final char[] SIMPLIFIED = load();

    private TraditionalCharacters() {}

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (String[] row : ResourceText.rows("traditional-characters.tsv")) {
            if (row.length >= 2 && row[0].length() == 1 && row[1].length() == 1) {
                table[row[0].charAt(0)] = row[1].charAt(0);
            }
        }
        return table;
    }

    /** The text with each traditional character replaced by its simplified form; the same length as {@code text}. */
    static String toSimplified(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char s = SIMPLIFIED[text.charAt(i)];
            if (s != 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
