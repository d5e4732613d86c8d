package org.hospitalatlas.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional → simplified characters, one for one (OpenCC's table, traditional-characters.tsv), so that the rules,
 * written in simplified characters, read 醫院 as 医院 while every offset still points into the text as written.
 */
final class TraditionalCharacters {

    private static final Map<Character, Character> SIMPLIFIED = load();

    private TraditionalCharacters() {}

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new HashMap<>();
        for (String[] row : ResourceText.rows("traditional-characters.tsv")) {
            if (row.length >= 2 && row[0].length() == 1 && row[1].length() == 1) {
                map.put(row[0].charAt(0), row[1].charAt(0));
            }
        }
        return map;
    }

    /** The text with each traditional character replaced by its simplified form; the same length as {@code text}. */
    static String toSimplified(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            Character s = SIMPLIFIED.get(text.charAt(i));
            if (s != null) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = s;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
