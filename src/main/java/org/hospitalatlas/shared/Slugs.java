package org.hospitalatlas.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * URL slugs for Chinese names: one pinyin syllable per character, runs of Latin letters and digits kept
 * whole, all joined by hyphens (郴州市第一人民医院 → chen-zhou-shi-di-yi-ren-min-yi-yuan). A slug is an
 * identifier, not a romanisation: polyphonic characters take their first reading.
 */
public final class Slugs {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Slugs() {}

    public static String of(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                latin.append(c);
                continue;
            }
            flush(latin, tokens);
            String syllable = pinyin(c);
            if (syllable != null) {
                tokens.add(syllable);
            }
        }
        flush(latin, tokens);
        return tokens.isEmpty() ? "x" : String.join("-", tokens);
    }

    private static void flush(StringBuilder latin, List<String> tokens) {
        if (latin.length() > 0) {
            tokens.add(latin.toString());
            latin.setLength(0);
        }
    }

    private static String pinyin(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings == null || readings.length == 0) {
                return null;
            }
            String reading = readings[0].replaceAll("[^a-z]", "");
            return reading.isEmpty() ? null : reading;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
