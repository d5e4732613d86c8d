package org.hospitalatlas.extraction;

/**
 * Traditional → simplified characters, one for one (OpenCC's table, traditional-characters.tsv), so that the rules,
 * written in simplified characters, read 醫院 as 医院 while every offset still points into the text as written; a Latin
 * O among Chinese numerals reads as 〇 the same way.
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
        String simplified = chars == null ? text : new String(chars);
        return withArabicYears(withZerosAmongNumerals(simplified));
    }

    private static final String DIGIT_NUMERALS = "〇一二三四五六七八九";

    /**
     * "二〇一二年", "二0一二年", "一九九八年": a year written in Chinese numerals, digit by digit, is that year in Arabic
     * digits (one for one, so offsets stay); only years of the 1900s and 2000s.
     */
    static String withArabicYears(String text) {
        char[] chars = null;
        for (int at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
            int from = at - 4;
            boolean century = (text.charAt(from) == '一' && text.charAt(from + 1) == '九')
                    || (text.charAt(from) == '二' && text.charAt(from + 1) == '〇');
            boolean digits = true;
            for (int i = from; i < at && digits; i++) {
                digits = DIGIT_NUMERALS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '零';
            }
            if (!century || !digits || (from > 0 && NUMERALS.indexOf(text.charAt(from - 1)) >= 0)) {
                continue;
            }
            if (chars == null) {
                chars = text.toCharArray();
            }
            for (int i = from; i < at; i++) {
                char c = text.charAt(i);
                chars[i] = (char) ('0' + (c == '零' ? 0 : DIGIT_NUMERALS.indexOf(c)));
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static final String NUMERALS = "一二三四五六七八九〇零十";

    /**
     * "第九O八医院", "第九0八医院", "第九二一O医院": a Latin O or a digit 0 written among Chinese numerals, or last in an
     * ordinal before 医院, is the numeral 〇 (one for one, like the characters).
     */
    static String withZerosAmongNumerals(String text) {
        char[] chars = null;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'O' || c == 'o' || c == '0' || c == 'Ｏ' || c == '０')
                    && NUMERALS.indexOf(text.charAt(i - 1)) >= 0
                    && (NUMERALS.indexOf(text.charAt(i + 1)) >= 0 || endsOrdinalName(text, i))) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '〇';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** "第九二一O医院", "第一O中心医院": the zero at {@code i} is the last numeral of an ordinal a hospital's name ends with. */
    private static boolean endsOrdinalName(String text, int i) {
        if (!text.startsWith("医院", i + 1) && !text.startsWith("中心医院", i + 1)) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && NUMERALS.indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= 0 && text.charAt(j) == '第';
    }
}
