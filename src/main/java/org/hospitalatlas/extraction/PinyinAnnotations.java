package org.hospitalatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Some pages carry pinyin inside their words, left by a conversion ("醫(yī)院", "現(xiàn)有"): the text is read without
 * it, and what is read is mapped back to the text as written ({@link AsWritten}).
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

    /** Null when the text has no annotation. */
    static Stripped strip(String text) {
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
                return null;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int kept = 0;
        int at = 0;
        do {
            for (int i = at; i < m.start(); i++) {
                out.append(text.charAt(i));
                map[kept++] = i;
            }
            at = m.end();
        } while (starts.find(m, text, at));
        for (int i = at; i < text.length(); i++) {
            out.append(text.charAt(i));
            map[kept++] = i;
        }
        map[kept] = text.length();
        int[] toOriginal = new int[kept + 1];
        System.arraycopy(map, 0, toOriginal, 0, kept + 1);
        return new Stripped(out.toString(), toOriginal);
    }
}
