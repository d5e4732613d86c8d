package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Parses the numerals a Chinese report writes: Arabic digits (half- or full-width, with thousands separators and
 * decimals) and Chinese numerals (一百二十, 两千, 十一, 三万五千). Multiplier characters that follow an Arabic number
 * (248.4万) are the scanner's business, not this class's.
 */
final class ChineseNumberParser {

    private ChineseNumberParser() {}

    /** An Arabic or a Chinese numeral; empty when the string is not a well-formed number. */
    static Optional<BigDecimal> parse(String s) {
        if (s == null || s.isEmpty()) {
            return Optional.empty();
        }
        char first = s.charAt(0);
        return isArabicDigit(first) ? parseArabic(s) : parseChinese(s);
    }

    static boolean isArabicDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static Optional<BigDecimal> parseArabic(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean seenPoint = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '.' || c == '．') {
                if (seenPoint) {
                    return Optional.empty();
                }
                seenPoint = true;
                sb.append('.');
            } else if (c == ',' || c == '，') {
                // thousands separator: the scanner only lets through groups of exactly three digits
                continue;
            } else {
                return Optional.empty();
            }
        }
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) == '.' || sb.charAt(0) == '.') {
            return Optional.empty();
        }
        return Optional.of(normalize(new BigDecimal(sb.toString())));
    }

    static Optional<BigDecimal> parseChinese(String s) {
        long total = 0; // completed 亿 sections
        long section = 0; // completed 万 sections below the current 亿
        long current = 0; // value below 万
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return Optional.empty(); // two digits in a row (十四五 is a name, not a number)
                }
                digit = d; // 零 in 一百零五 is only a placeholder and gets replaced
                continue;
            }
            int unit = unitOf(c);
            if (unit == 10 || unit == 100 || unit == 1000) {
                if (unit >= lastUnit) {
                    return Optional.empty();
                }
                current += (digit < 0 ? 1 : digit) * (long) unit;
                lastUnit = unit;
                digit = -1;
            } else if (unit == 10_000) {
                current += Math.max(digit, 0);
                if (current == 0 && section == 0) {
                    return Optional.empty();
                }
                section = (section + current) * 10_000;
                current = 0;
                digit = -1;
                lastUnit = Integer.MAX_VALUE;
            } else if (unit == 100_000_000) {
                current += Math.max(digit, 0);
                long value = section + current;
                if (value == 0 && total == 0) {
                    return Optional.empty();
                }
                total = (total + value) * 100_000_000L;
                section = 0;
                current = 0;
                digit = -1;
                lastUnit = Integer.MAX_VALUE;
            } else {
                return Optional.empty();
            }
        }
        if (digit >= 0) {
            current += digit;
        }
        return Optional.of(BigDecimal.valueOf(total + section + current));
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unitOf(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
        };
    }

    /** Drops trailing zeros without switching to exponent notation (3.74E+9 → 3740000000). */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
