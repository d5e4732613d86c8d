package org.hospitalatlas.extraction;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some pages carry pinyin inside their words, left by a conversion ("醫(yī)院", "現(xiàn)有"), and the same conversions
 * leave a comma before the page's own punctuation ("A医院,、B医院", "资源,,组建", "仪式,。"): the text is read without
 * either, and what is read is mapped back to the text as written ({@link AsWritten}).
 */
final class PinyinAnnotations {

    /** A syllable with a tone mark in brackets right after a Chinese character (once or repeated; "會(huì )同": a space may end it). */
    private static final Pattern ANNOTATION =
            Pattern.compile("(?<=[\\u4e00-\\u9fa5])(?:[（(][a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,6} ?[)）])+");
    /** The same without tone marks ("拉(la)薩(sa)(sa)市"): read as pinyin only where a page has many. */
    private static final Pattern TONELESS =
            Pattern.compile("(?<=[\\u4e00-\\u9fa5])(?:[（(][bcdfghjklmnpqrstwxyz]{0,2}h?[aeiouv][a-z]{0,4}[)）])+");

    private static final StartChars ANNOTATION_STARTS = StartChars.of(ANNOTATION);
    private static final StartChars TONELESS_STARTS = StartChars.of(TONELESS);

    /** A page with fewer toneless syllables than this keeps them: "(ct)", "(a)" may be notes of its own. */
    private static final int TONELESS_PAGE = 5;

    /** The text without its annotations, and for each of its offsets (and its end) the offset in the original. */
    record Stripped(String text, int[] toOriginal) {}

    private PinyinAnnotations() {}

    /** The page's own punctuation marks a stray comma stands before: "A医院,、B医院", "资源,,组建". */
    private static final String MARKS = "、，,。；;";

    /** Null when the text has neither annotations nor stray commas. */
    static Stripped strip(String text) {
        boolean[] dropped = new boolean[text.length()];
        boolean any = dropAnnotations(text, dropped);
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == '，') && MARKS.indexOf(text.charAt(i + 1)) >= 0) {
                dropped[i] = true; // a comma a conversion left before the page's own mark
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!dropped[i]) {
                out.append(text.charAt(i));
                map[kept++] = i;
            }
        }
        map[kept] = text.length();
        int[] toOriginal = new int[kept + 1];
        System.arraycopy(map, 0, toOriginal, 0, kept + 1);
        return new Stripped(out.toString(), toOriginal);
    }

    /** Marks the pinyin annotations in {@code dropped}; whether there were any. */
    private static boolean dropAnnotations(String text, boolean[] dropped) {
        Matcher m = ANNOTATION.matcher(text);
        StartChars starts = ANNOTATION_STARTS;
        if (!starts.find(m, text, 0)) {
            m = TONELESS.matcher(text);
            starts = TONELESS_STARTS;
            int found = 0;
            for (int from = 0; found < TONELESS_PAGE && starts.find(m, text, from); from = m.end()) {
                found++;
            }
            if (found < TONELESS_PAGE || !starts.find(m, text, 0)) {
                return false;
            }
        }
        do {
            Arrays.fill(dropped, m.start(), m.end(), true);
        } while (starts.find(m, text, m.end()));
        return true;
    }
}
