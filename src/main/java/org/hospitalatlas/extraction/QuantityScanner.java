package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in text: number, multiplier (万/亿), 余/多, unit and the qualifier words around them (约, 不超过,
 * 以上, 同比增长 …). Units are kept as written (normalized spelling only); deciding whether a unit fits an indicator
 * is {@link IndicatorVocabulary}'s job.
 */
final class QuantityScanner {

    private static final String SPACE = "[ \\t\\u3000\\u00a0]*";
    private static final String ARABIC =
            "[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?";
    private static final String UNITS = "个百分点|平方公里|平方米|平米|人次|台次|例次|剂次|床日|分钟|小时|DDDs|DDD|m²|㎡|m2|%|％|‰"
            + "|人(?!口)|名|位|张|床|台|例|项|个|家|所|支|元|亩|天|分|级|次|场|岁|种|年|月|日|周|倍|篇|部|件|间|层|辆|条|批|组|届|期|号|份";
    private static final Pattern FIGURE =
            Pattern.compile("(?:(?<ar>" + ARABIC + ")" + SPACE + "(?<pre>余|多)?" + SPACE + "(?<mult>万|个亿|亿)?"
                    + "|(?<cn>[零〇一二两三四五六七八九十百千万亿]+))"
                    + SPACE + "(?<sfx>余|多)?" + SPACE + "(?<unit>" + UNITS + ")?"
                    + "(?<post>" + SPACE + "(?:以内|以下|以上|左右))?");

    private static final Pattern YOY = Pattern.compile(
            "(?:同比|(?:比|较)\\s*(?:上年|去年|上一年|(?:19|20)[0-9]{2}\\s*年)(?:同期)?)\\s*(?<verb>增长|上升|提高|增加|提升|下降|减少|降低|回落|下滑)\\s*了?\\s*(?:达到|达)?\\s*$");
    private static final Pattern PREVIOUS = Pattern.compile("(?:由|从)\\s*(?:原来的|原先的|原有的|过去的|原来|原)?\\s*$");
    /** "新增省级临床重点专科3个": an increment, not the stock the indicator counts. */
    private static final Pattern INCREMENT = Pattern.compile("(?:新增|新增加|增加了|净增|新引进|引进)[^，,；;。：:0-9０-９]{0,14}$");

    private static final StartChars FIGURE_STARTS = StartChars.of(FIGURE);
    private static final StartChars PREVIOUS_STARTS = StartChars.of(PREVIOUS);
    private static final StartChars INCREMENT_STARTS = StartChars.of(INCREMENT);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String[][] PREFIX_QUALIFIERS = {
        {"不超过", "at_most"},
        {"不高于", "at_most"},
        {"不多于", "at_most"},
        {"控制在", "at_most"},
        {"不超", "at_most"},
        {"最多", "at_most"},
        {"低于", "at_most"},
        {"少于", "at_most"},
        {"不到", "at_most"},
        {"不低于", "at_least"},
        {"不少于", "at_least"},
        {"超过", "at_least"},
        {"高于", "at_least"},
        {"多于", "at_least"},
        {"至少", "at_least"},
        {"突破", "at_least"},
        {"逾", "at_least"},
        {"大约", "approx"},
        {"将近", "approx"},
        {"接近", "approx"},
        {"约为", "approx"},
        {"约", "approx"},
        {"近", "approx"}
    };
    private static final String[][] PREFIX_QUALIFIERS_LONGEST_FIRST = java.util.Arrays.stream(PREFIX_QUALIFIERS)
            .sorted(java.util.Comparator.comparingInt((String[] c) -> c[0].length())
                    .reversed())
            .toArray(String[][]::new);
    private static final Map<String, String> UNIT_SPELLING =
            Map.of("％", "%", "㎡", "m²", "m2", "m²", "平米", "平方米", "DDD", "DDDs");

    private QuantityScanner() {}

    static List<Quantity> scan(String text) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int from = 0;
        while (FIGURE_STARTS.find(m, text, from)) {
            from = m.end();
            Cancellation.check();
            toQuantity(text, m).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Quantity> toQuantity(String text, Matcher m) {
        int start = m.start();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '第' || isAsciiAlnum(before) || before == '.' || before == '-' || before == '_') {
            return Optional.empty(); // ordinals, codes and identifiers (第61位, COVID-19, PCR)
        }
        Optional<BigDecimal> value = valueOf(text, m);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String unit = m.group("unit");
        if (unit != null) {
            unit = UNIT_SPELLING.getOrDefault(unit, unit);
        } else if ("个亿".equals(m.group("mult"))) {
            unit = "元"; // "总收入达5个亿": money, said the spoken way
        }
        String preceding = text.substring(Math.max(0, start - 16), start);
        Qualifier qualifier = qualifierOf(m, preceding);
        int yoySign = "%".equals(unit) ? yoySign(preceding) : 0;
        boolean previous = PREVIOUS_STARTS.foundIn(preceding) || INCREMENT_STARTS.foundIn(preceding);
        return Optional.of(new Quantity(
                start, start, m.end(), ChineseNumberParser.normalize(value.get()), unit, qualifier, yoySign, previous));
    }

    /** The figure's value: Arabic digits with 万/亿, or a Chinese numeral with its unit; empty when it is no figure. */
    private static Optional<BigDecimal> valueOf(String text, Matcher m) {
        if (m.group("ar") == null) {
            if (m.group("unit") == null) {
                return Optional.empty(); // a bare Chinese numeral is a word (一体, 三医联动), not a figure
            }
            return ChineseNumberParser.parseChinese(m.group("cn"));
        }
        Optional<BigDecimal> parsed = ChineseNumberParser.parseArabic(m.group("ar"));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = parsed.get();
        String mult = m.group("mult");
        if ("万".equals(mult)) {
            value = value.multiply(BigDecimal.valueOf(10_000));
        } else if ("亿".equals(mult) || "个亿".equals(mult)) {
            value = value.multiply(BigDecimal.valueOf(100_000_000));
        }
        int after = m.end("ar");
        boolean squareMetres = text.startsWith("m2", after) || text.startsWith("m²", after);
        if (mult == null && after < text.length() && isAsciiAlnum(text.charAt(after)) && !squareMetres) {
            return Optional.empty(); // 5G, 3D, 18F — but 50000m2 is an area
        }
        return Optional.of(value);
    }

    /** The qualifier of the words before the figure, merged with the one after it (以上, 左右) and with 余. */
    private static Qualifier qualifierOf(Matcher m, String preceding) {
        Qualifier qualifier = prefixQualifier(preceding);
        String post = m.group("post");
        if (post != null) {
            String p = post.strip();
            Qualifier suffix =
                    p.equals("以上") ? Qualifier.AT_LEAST : p.equals("左右") ? Qualifier.APPROX : Qualifier.AT_MOST;
            qualifier = merge(qualifier, suffix);
        }
        if (m.group("sfx") != null || m.group("pre") != null) {
            qualifier = merge(qualifier, Qualifier.APPROX); // "8万余", "100余万"
        }
        return qualifier;
    }

    /** A percentage after a word of change: +1 for a rise, -1 for a fall, 0 for none. */
    private static int yoySign(String preceding) {
        Matcher yoy = YOY.matcher(preceding);
        if (!yoy.find()) {
            return 0;
        }
        String verb = yoy.group("verb");
        boolean fall =
                verb.equals("下降") || verb.equals("减少") || verb.equals("降低") || verb.equals("回落") || verb.equals("下滑");
        return fall ? -1 : 1;
    }

    private static Qualifier prefixQualifier(String preceding) {
        String compact = WHITESPACE.matcher(preceding).replaceAll("");
        // longest word first: 不低于 is a floor, not the 低于 it ends with
        for (String[] candidate : PREFIX_QUALIFIERS_LONGEST_FIRST) {
            if (compact.endsWith(candidate[0])) {
                return switch (candidate[1]) {
                    case "at_most" -> Qualifier.AT_MOST;
                    case "at_least" -> Qualifier.AT_LEAST;
                    default -> Qualifier.APPROX;
                };
            }
        }
        return Qualifier.EXACT;
    }

    /** A bound (不超过, 以上) says more than a vague 余, so it wins. */
    private static Qualifier merge(Qualifier current, Qualifier next) {
        if (current == Qualifier.EXACT) {
            return next;
        }
        if (current == Qualifier.APPROX) {
            return next;
        }
        return current;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
