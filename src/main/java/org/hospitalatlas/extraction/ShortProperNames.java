package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Short proper names (内蒙古医院, 埭溪医院, 兵团医院): a name without a place or a name marker that the text uses as a
 * hospital's ({@link HospitalDirectory}).
 */
final class ShortProperNames {

    /** "这所医院", "每家医院", "两所医院": a pointer or a count, not a name. */
    private static final String DEMONSTRATIVE = "这那此该本我其各某每两一全";

    /** "长三角医院协同发展联盟": a region's hospitals, not one hospital. */
    private static final Pattern REGION = Pattern.compile("长三角|珠三角|京津冀|成渝|粤港澳|大湾区|[东西中]部|两岸|三地");

    private static final Pattern DESCRIBED =
            Pattern.compile("^(?:[（(][^）)]{0,20}[）)])?\\s*(?:是|系)[^。；;！？\\n]{0,40}?医院");

    /** A short proper core before 医院 (新华, 埭溪, 闽东): two to four characters, no place, no generic word. */
    private static final Pattern SHORT_CORE = Pattern.compile("^[\\u4e00-\\u9fa5]{2,4}$");

    private ShortProperNames() {}

    /**
     * A name without place or marker (内蒙古医院, 埭溪医院, 兵团医院) is read as a hospital when the text names it at least
     * twice, lists it right after a hospital it names ("积水潭医院、回龙观医院", and so on down the list: "友谊医院、朝阳医院、
     * 宣武医院"), or its core is a county's or district's
     * short name ("东丽医院"): a word that only looks like a name
     * (大型医院, 定点医院) is generic, and a proper name a report keeps using is the hospital it is about.
     */
    static List<Candidate> markRecurring(String text, List<Candidate> read, AdministrativeDivisions divisions) {
        List<Candidate> candidates = withoutListConjunctions(read);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> glued = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (isShortProperName(c)) {
                seen.merge(c.surface(), 1, Integer::sum);
                if (i > 0 && candidates.get(i - 1).end() == c.start()) {
                    glued.add(c.surface()); // "西交大一附院榆林医院": the branch's own part of a compound name
                }
            }
        }
        glued.forEach(seen::remove);
        for (Candidate c : candidates) {
            // "同济医院" for 华中科技大学同济医学院附属同济医院: the short form of a name the text gives in full
            if (c.named() || c.anchored()) {
                seen.keySet()
                        .removeIf(name -> c.surface().length() > name.length()
                                && c.surface().endsWith(name));
            }
        }
        if (seen.isEmpty()) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            // the hospital before, as read here: a list goes on from a short name it has just accepted
            Candidate previous = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean listed = previous != null
                    && previous.named()
                    && previous.end() < c.start()
                    && c.start() - previous.end() <= 1
                    && "、和及".indexOf(text.charAt(previous.end())) >= 0;
            boolean bounded = c.start() == 0 || HospitalNames.isStopChar(text.charAt(c.start() - 1)) || listed;
            // "新华医院是上海交通大学医学院附属教学医院": a sentence opens on the name and describes it as a hospital
            boolean opens = c.start() == 0 || "\n。！？；;".indexOf(text.charAt(c.start() - 1)) >= 0;
            boolean described = opens
                    && DESCRIBED
                            .matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 50)))
                            .find();
            if (isShortProperName(c)
                    && bounded
                    && seen.containsKey(c.surface())
                    && (seen.get(c.surface()) >= 2 || listed || described || namedAfterPlace(c, divisions))) {
                c = new Candidate(c.start(), c.end(), c.surface(), false, false, c.group(), true);
            }
            out.add(c);
        }
        return out;
    }

    /**
     * "宣武医院和天坛医院": the scan back from 医院 stops at the name before, so a short name after a list's last
     * conjunction starts with it; "和平医院" keeps its 和 (too short a name without it).
     */
    private static List<Candidate> withoutListConjunctions(List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (i > 0
                    && candidates.get(i - 1).end() == c.start()
                    && !c.named()
                    && !c.anchored()
                    && !c.group()
                    && c.surface().length() >= 5
                    && "和及与".indexOf(c.surface().charAt(0)) >= 0) {
                c = new Candidate(
                        c.start() + 1, c.end(), c.surface().substring(1), false, c.abbreviated(), false, false);
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Short names of districts and counties that are also words before 医院: "新建医院" (a new hospital, not 新建区's),
     * "合作医院" (a partner), "平安医院" (the safe-hospital campaign), "市中医院" (a city's TCM hospital).
     */
    private static final Set<String> PLACE_NAMES_READ_AS_WORDS =
            Set.of("新建", "合作", "平安", "市中", "新区", "郊区", "矿区", "城区", "城关");

    /** "东丽医院", "密云医院": a district's or county's short name (东丽 of 东丽区) before 医院 names its hospital. */
    private static boolean namedAfterPlace(Candidate c, AdministrativeDivisions divisions) {
        String core = c.surface().substring(0, c.surface().length() - 2);
        return !PLACE_NAMES_READ_AS_WORDS.contains(core)
                && divisions.byName(core).stream()
                        .anyMatch(d -> d.level() == Division.Level.COUNTY && core.equals(d.shortName()));
    }

    private static boolean isShortProperName(Candidate c) {
        if (c.named() || c.anchored() || c.group() || !c.surface().endsWith("医院")) {
            return false;
        }
        String core = c.surface().substring(0, c.surface().length() - 2);
        return SHORT_CORE.matcher(core).matches()
                && !HospitalNames.isGeneric(core)
                && !HospitalNames.isGeneric(HospitalNames.withoutCollectiveWords(core))
                && !HospitalNames.namesHonour(core)
                && !HospitalNames.readsAsPhrase(core)
                && !HospitalNames.isStopChar(core.charAt(0))
                && DEMONSTRATIVE.indexOf(core.charAt(0)) < 0
                && !REGION.matcher(core).find();
    }
}
