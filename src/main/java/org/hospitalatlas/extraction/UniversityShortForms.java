package org.hospitalatlas.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A university hospital's informal short form (南大一附院, 兰大二院, 安医一附院, 我校一附院, 成大附院, 武汉中南医院) and the
 * full name the document writes for it (南昌大学第一附属医院): the characters before 大 or 医 are taken, in order, from the university's name,
 * 医 asks for a medical school, the ordinal is the hospital's, and 附 asks for an affiliated hospital. Only a single
 * full name that fits is taken; otherwise the short form stays as written.
 */
final class UniversityShortForms {

    private static final Pattern SHORT =
            Pattern.compile("^(?<school>[\\u4e00-\\u9fa5]{0,2}?)(?<kind>[大医])?(?<ord>[一二三四五六七八九十])?(?<aff>附)?院$");

    private static final Pattern SCHOOL = Pattern.compile("^(?<name>[\\u4e00-\\u9fa5]{2,12}?)(?:医科大学|大学|医学院)");

    private static final Pattern AFFILIATED_FIRST = Pattern.compile("附([一二三四五六七八九十])院$");

    private UniversityShortForms() {}

    /**
     * What a full name's school may be written without: "武汉中南医院" for 武汉大学中南医院, a hospital the university runs
     * under a name of its own; an affiliated hospital's name (郑州大学附属儿童医院) keeps it.
     */
    private static final Pattern SCHOOL_PART = Pattern.compile("大学(?!附属|医学院)");

    /** Each full name's form without its school ("武汉中南医院" → 武汉大学中南医院), where only one full name has it. */
    static Map<String, String> withoutSchool(List<String> fullNames) {
        Map<String, String> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (String full : fullNames) {
            String without = SCHOOL_PART.matcher(full).replaceFirst("");
            if (without.equals(full) || !taken.add(without)) {
                out.remove(without);
                continue;
            }
            out.put(without, full);
        }
        return out;
    }

    /**
     * The one full name among {@code fullNames} that {@code surface} abbreviates, if there is exactly one;
     * {@code withoutSchool} is {@link #withoutSchool} of the same names.
     */
    static Optional<String> expand(String surface, List<String> fullNames, Map<String, String> withoutSchool) {
        String schoolless = withoutSchool.get(surface);
        if (schoolless != null) {
            return Optional.of(schoolless); // 武汉中南医院 → 武汉大学中南医院
        }
        // "重医附一院" is written as "重医一附院" is: the affiliated hospital's ordinal after 附
        Matcher s = SHORT.matcher(AFFILIATED_FIRST.matcher(surface).replaceFirst("$1附院"));
        if (!s.matches()
                || (s.group("kind") == null && !s.group("school").isEmpty())
                || (s.group("ord") == null && (s.group("aff") == null || s.group("kind") == null))) {
            return Optional.empty();
        }
        String found = null;
        for (String full : fullNames) {
            if (fits(s, full)) {
                if (found != null && !found.equals(full)) {
                    return Optional.empty();
                }
                found = full;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean fits(Matcher s, String full) {
        Matcher school = SCHOOL.matcher(full);
        if (!school.find()) {
            return false;
        }
        String ord = s.group("ord");
        if (ord == null) {
            // 成大附院: the school's one affiliated hospital, no ordinal
            return full.endsWith("附属医院") && !full.contains("第") && inOrder(s.group("school"), school.group("name"));
        }
        boolean numbered = full.contains("第" + ord + "附属医院")
                || full.contains("附属第" + ord + "医院")
                || full.contains("第" + ord + "医院")
                || full.contains("第" + ord + "临床医学院");
        if (!numbered || (s.group("aff") != null && !full.contains("附属"))) {
            return false;
        }
        if ("医".equals(s.group("kind")) && !full.contains("医科大学") && !full.contains("医学院")) {
            return false;
        }
        return inOrder(s.group("school"), school.group("name"));
    }

    /** Every character of {@code abbreviation} in {@code name}, in order, the first one first. */
    private static boolean inOrder(String abbreviation, String name) {
        if (abbreviation.isEmpty()) {
            return true;
        }
        if (name.charAt(0) != abbreviation.charAt(0)) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < abbreviation.length(); i++) {
            at = name.indexOf(abbreviation.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }
}
