package org.hospitalatlas.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text states about its hospitals besides their facts: the grade (二甲医院X, X是一所综合性二级甲等医院), whether
 * one is a general hospital, the founding year (始建于1944年); each hospital's first reading kept.
 */
record StatedDescriptions(
        Map<String, String> levels, Map<String, Boolean> comprehensive, Map<String, Integer> founded) {

    private static final Pattern LEVEL = Pattern.compile("三级甲等|三级乙等|二级甲等|二级乙等|一级甲等|一级乙等|三甲|二甲|三乙|二乙");
    private static final StartChars LEVEL_STARTS = StartChars.of(LEVEL);
    /** "审定A、B为三级甲等医院": a list of names, then 为 and the grade. */
    private static final Pattern LISTED_AS = Pattern.compile("(?:为|成为|晋升为|评为|确定为)$");

    private static final Pattern DESCRIBED_AS = Pattern.compile(
            "(?:是|为)(?:一所|一家|一座)?[^，。；,;]{0,30}?(?<comprehensive>综合性)?(?<level>三级甲等|三级乙等|二级甲等|二级乙等|三甲|二甲)(?<general>综合)?"
                    // "三级甲等儿童专科医院", "三甲中医医院": the grade, then the kind of hospital
                    + "(?:[\\u4e00-\\u9fa5]{0,6}?(?:专科|中医|中西医结合|妇幼保健|儿童|肿瘤|精神|传染病|口腔|眼科|骨科))?(?:医院|保健院)");
    private static final Pattern FOUNDED =
            Pattern.compile("(?:始建于|创建于|建于|创办于|成立于)\\s*(?<y>(?:1[6-9]|20)[0-9]{2})\\s*年");
    private static final Pattern FOUNDED_FIRST = Pattern.compile("^(?<y>(?:1[6-9]|20)[0-9]{2})\\s*年[，,]");
    private static final Pattern FOUNDED_VERB = Pattern.compile("创立|创建|建院|创办");

    static StatedDescriptions read(String text, TextSegmenter segments, HospitalDirectory directory) {
        StatedDescriptions d = new StatedDescriptions(new HashMap<>(), new HashMap<>(), new HashMap<>());
        readListedAsGrade(text, directory, d.levels());
        readGradeBeforeNames(text, directory, d.levels());
        readDescribedSubjects(text, segments, directory, d.levels(), d.comprehensive(), d.founded());
        return d;
    }

    /** "审定A、B和C为二级甲等医院": the names listed before 为 and the grade. */
    private static void readListedAsGrade(String text, HospitalDirectory directory, Map<String, String> levels) {
        Matcher graded = LEVEL.matcher(text);
        int from = 0;
        while (LEVEL_STARTS.find(graded, text, from)) {
            from = graded.end();
            if (!text.startsWith("医院", graded.end())) {
                continue;
            }
            Matcher verb = LISTED_AS.matcher(text.substring(Math.max(0, graded.start() - 3), graded.start()));
            if (!verb.find()) {
                continue;
            }
            // walk back over the names listed before 为: "A、B和C为二级甲等医院"
            int end = graded.start() - verb.group().length();
            List<HospitalDirectory.Mention> before = directory.mentionsIn(Math.max(0, end - 200), end);
            for (int i = before.size() - 1; i >= 0; i--) {
                HospitalDirectory.Mention m = before.get(i);
                if (!text.substring(m.end(), end).matches("[、，,和及\\s]{0,2}")) {
                    break;
                }
                levels.putIfAbsent(m.name(), normalizeLevel(graded.group()));
                end = m.start();
            }
        }
    }

    /** A grade written before 医院 and the names right after it: each name listed takes the grade. */
    private static void readGradeBeforeNames(String text, HospitalDirectory directory, Map<String, String> levels) {
        Matcher level = LEVEL.matcher(text);
        int from = 0;
        while (LEVEL_STARTS.find(level, text, from)) {
            from = level.end();
            // 二甲医院离石区人民医院、吕梁市中医院: the grade heads a list of names
            int pos = level.end();
            if (!text.startsWith("医院", pos)) {
                continue;
            }
            pos += 2;
            Optional<HospitalDirectory.Mention> m;
            while ((m = directory.mentionAt(pos)).isPresent() && m.get().start() == pos) {
                levels.putIfAbsent(m.get().name(), normalizeLevel(level.group()));
                pos = m.get().end();
                while (pos < text.length() && "(（民营私立公立）)".indexOf(text.charAt(pos)) >= 0) {
                    pos = skipParenthesis(text, pos);
                }
                if (pos < text.length() && "、和及".indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                } else {
                    break;
                }
            }
        }
    }

    /**
     * A sentence that opens with a hospital's name describes it: its grade and whether it is general ("X是一所综合性二级
     * 甲等医院"), its founding year ("始建于1944年", or a sentence opening with the year of a founding verb).
     */
    private static void readDescribedSubjects(
            String text,
            TextSegmenter segments,
            HospitalDirectory directory,
            Map<String, String> levels,
            Map<String, Boolean> comprehensive,
            Map<String, Integer> founded) {
        for (TextSegmenter.Span sentence : segments.sentences()) {
            Cancellation.check();
            List<HospitalDirectory.Mention> inside = directory.mentionsIn(sentence.start(), sentence.end());
            if (inside.isEmpty() || !directory.opensSentence(inside.get(0))) {
                continue;
            }
            HospitalDirectory.Mention subject = inside.get(0);
            String s = text.substring(subject.end(), sentence.end());
            Matcher described = DESCRIBED_AS.matcher(s);
            if (described.find() && !s.substring(0, described.start()).contains("目标")) {
                levels.putIfAbsent(subject.name(), normalizeLevel(described.group("level")));
                if (described.group("comprehensive") != null || described.group("general") != null) {
                    comprehensive.put(subject.name(), true);
                }
            }
            Matcher f = FOUNDED.matcher(s);
            if (f.find()) {
                founded.putIfAbsent(subject.name(), Integer.valueOf(f.group("y")));
            } else {
                String whole = text.substring(sentence.start(), sentence.end());
                Matcher first = FOUNDED_FIRST.matcher(whole);
                if (first.find() && FOUNDED_VERB.matcher(whole).find() && inside.size() <= 2) {
                    founded.putIfAbsent(subject.name(), Integer.valueOf(first.group("y")));
                }
            }
        }
    }

    private static int skipParenthesis(String text, int pos) {
        char c = text.charAt(pos);
        if (c == '(' || c == '（') {
            int close = pos;
            while (close < text.length() && text.charAt(close) != ')' && text.charAt(close) != '）' && close - pos < 8) {
                close++;
            }
            return Math.min(text.length(), close + 1);
        }
        return pos + 1;
    }

    private static String normalizeLevel(String level) {
        return switch (level) {
            case "三甲" -> "三级甲等";
            case "二甲" -> "二级甲等";
            case "三乙" -> "三级乙等";
            case "二乙" -> "二级乙等";
            default -> level;
        };
    }
}
