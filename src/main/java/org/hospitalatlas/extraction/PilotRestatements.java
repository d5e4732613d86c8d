package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One designation stated twice in a document (in its headline and again in its body, "我院入选全国首批500家全面提升综合能力
 * 建设县级医院" … "为全国首批500家提升综合能力建设县级医院") is one fact: the later statement of the same hospital's designation
 * (same category and level, a compatible year, a name alike but for quotes and a word or two) is merged into the first.
 * Designations that differ in their batch or stage (第一阶段, 第二阶段) stay apart.
 */
final class PilotRestatements {

    private static final Pattern QUOTES = Pattern.compile("[“”\"「」『』《》\\s]");
    private static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十0-9]+(?:批|阶段|期|轮)|首批|首期");
    private static final double ALIKE = 0.75;

    private PilotRestatements() {}

    static List<PilotFact> merged(List<PilotFact> pilots) {
        List<PilotFact> kept = new ArrayList<>();
        for (PilotFact p : pilots) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (restates(kept.get(i), p)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(p);
            } else if (kept.get(same).year() == null && p.year() != null) {
                kept.set(same, p); // the statement that gives the year says more
            }
        }
        return kept;
    }

    static boolean restates(PilotFact a, PilotFact b) {
        // "是承德市二级公立医院首家…试点医院": the place says where the hospital is first, not the programme's level
        boolean firstOfPlace = a.name().contains("首家") || b.name().contains("首家");
        if (!a.hospital().equals(b.hospital())
                || !Objects.equals(a.category(), b.category())
                || (!Objects.equals(a.level(), b.level()) && !firstOfPlace)
                || (a.year() != null && b.year() != null && !a.year().equals(b.year()))) {
            return false;
        }
        String x = QUOTES.matcher(a.name()).replaceAll("");
        String y = QUOTES.matcher(b.name()).replaceAll("");
        Set<String> ox = ordinals(x);
        Set<String> oy = ordinals(y);
        // "确定A为…试点医院" then "…作为第三批…试点医院": the batch the first statement leaves out
        if (!ox.equals(oy) && !ox.isEmpty() && !oy.isEmpty()) {
            return false;
        }
        if (firstOfPlace || !ox.equals(oy)) {
            return dice(x.replaceAll(".*首家", ""), y.replaceAll(".*首家", "")) >= 0.5
                    || x.contains(y)
                    || y.contains(x)
                    || dice(
                                    ORDINAL.matcher(x).replaceAll(""),
                                    ORDINAL.matcher(y).replaceAll(""))
                            >= ALIKE;
        }
        return x.contains(y) || y.contains(x) || dice(x, y) >= ALIKE;
    }

    private static Set<String> ordinals(String name) {
        Set<String> out = new HashSet<>();
        Matcher m = ORDINAL.matcher(name);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Dice's coefficient over character bigrams. */
    static double dice(String x, String y) {
        List<String> a = bigrams(x);
        List<String> b = new ArrayList<>(bigrams(y));
        if (a.isEmpty() || b.isEmpty()) {
            return x.equals(y) ? 1 : 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.remove(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + bigrams(y).size());
    }

    private static List<String> bigrams(String s) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
