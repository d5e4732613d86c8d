package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Township and community health centres ({@link NameBeforeSuffix}): the suffix (卫生院, 社区卫生服务中心) names the
 * institution and its core is the place before it (沙河乡卫生院), kept as written also with a note before the suffix
 * (南江镇（中心）卫生院).
 */
final class TownshipCentreNames {

    private static final Pattern NOTE_BEFORE = Pattern.compile("[（(][^（()）、，,。；;]{1,12}[）)]$");
    /** A unit word with no name of its own before a suffix: "街道卫生服务中心". */
    private static final Pattern UNIT_WORD = Pattern.compile("街道|社区|镇|乡");

    private static final Pattern TOWNSHIP_END = Pattern.compile("[镇乡]$|街道$");
    private static final Pattern GROUP_BEFORE = Pattern.compile("^(?:医疗集团|医院集团|集团|医共体|医联体)");
    private static final Pattern GRASSROOTS_SUFFIX = Pattern.compile("社区卫生服务中心|社区健康服务中心|社区卫生中心|卫生服务中心|卫生院");

    private TownshipCentreNames() {}

    /** The bracketed note right before a centre's suffix ("（中心）卫生院"), found; null when there is none. */
    static Matcher noteBeforeSuffix(String text, int s, int e) {
        Matcher note = NOTE_BEFORE.matcher(text.substring(Math.max(0, s - 14), s));
        return GRASSROOTS_SUFFIX.matcher(text.substring(s, e)).matches() && note.find() ? note : null;
    }

    /** "南江镇（中心）卫生院": a township's health centre with a note before its suffix, kept as written. */
    static Candidate withNote(String text, Matcher note, int s, int e) {
        int open = s - (note.end() - note.start());
        int start = open;
        while (start > 0 && open - start < 8 && !HospitalNames.isStopChar(text.charAt(start - 1))) {
            start--;
        }
        String core = HospitalNames.afterLastPhraseWord(text.substring(start, open));
        start = open - core.length();
        boolean listed = start > 0 && text.charAt(start - 1) == '、';
        if (core.length() >= 2
                && (TOWNSHIP_END.matcher(core).find() || (listed && !HospitalNames.isGeneric(core)))
                && !core.startsWith("各")) {
            return new Candidate(start, e, text.substring(start, e), false, false, false, true);
        }
        return null;
    }

    /**
     * 南环社区和水月寺社区卫生服务中心, 沙河乡卫生院: the suffix names the institution; its core is the place before it.
     */
    static Candidate read(String text, String before, int s, int e, String suffixText) {
        if (!GRASSROOTS_SUFFIX.matcher(suffixText).matches()) {
            return null;
        }
        int joiner = Math.max(Math.max(before.lastIndexOf('和'), before.lastIndexOf('、')), before.lastIndexOf('及'));
        if (joiner >= 1
                && before.charAt(joiner) == '和'
                && UNIT_WORD.matcher(before.substring(joiner + 1)).matches()) {
            joiner -= 2; // "中和街道卫生服务中心": the 和 ends a place's name (中和, 太和) before a bare 街道
        }
        // "全面托管长坡镇中心卫生院": the name starts after the verb
        String core = HospitalNames.afterLastPhraseWord(before.substring(joiner + 1));
        // "罗湖医院集团东晓街道社区健康服务中心": the group's word before the centre's place is its group's, not its name
        core = GROUP_BEFORE.matcher(core).replaceFirst("");
        if (core.length() >= 2
                && core.length() <= 8
                && !HospitalNames.isGeneric(HospitalNames.withoutCollectiveWords(core))
                && !HospitalNames.readsAsPhrase(core)
                && !core.startsWith("各")
                && "家个所名位".indexOf(core.charAt(0)) < 0) { // "8家镇卫生院": a count
            return new Candidate(s - core.length(), e, text.substring(s - core.length(), e), false, false, false, true);
        }
        return null;
    }

    /**
     * A township's health centre written without its 镇 or 乡 (西店卫生院) stands for the one name the document writes with
     * it (西店镇卫生院); null when it writes none or several. Not a community centre: 新塘社区 and 新塘街道 are two.
     */
    static String fullNameWithTownship(String surface, List<String> fullNames) {
        if (!surface.endsWith("卫生院")) {
            return null;
        }
        String found = null;
        for (String f : fullNames) {
            if (f.length() != surface.length() + 1) {
                continue;
            }
            for (int i = 2; i <= 4 && i < surface.length(); i++) {
                char township = f.charAt(i);
                if ((township == '镇' || township == '乡')
                        && f.startsWith(surface.substring(0, i))
                        && f.endsWith(surface.substring(i))) {
                    if (found != null && !found.equals(f)) {
                        return null;
                    }
                    found = f;
                }
            }
        }
        return found;
    }
}
