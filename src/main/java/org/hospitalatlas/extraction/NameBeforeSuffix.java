package org.hospitalatlas.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Reads a hospital's name back from its suffix ({@link HospitalRecognizer}): where the name starts between the point
 * the backward scan stopped and the suffix, and whether it is anchored at a place, abbreviated (市中心医院) or named
 * (it carries a place or a name marker). A place inside the stretch anchors the start, else verbs swallowed by the scan
 * are dropped.
 */
final class NameBeforeSuffix {

    private static final int MAX_UNANCHORED_CORE = 10;
    /** Words that end in a place character (市, 区, 县, 省) without being an abbreviated place. */
    private static final Set<String> WORDS_ENDING_IN_PLACE_CHAR = Set.of(
            ("城市 都市 社区 全省 本省 我省 外省 各省 该省 省市 省区 城区 园区 新区 郊区 地区 辖区 片区 景区 老区 山区 牧区 市区 全市 本市 我市 全区 本区 我区 全县 本县 我县 院区 校区 街区 专区 "
                            // "地、市、州人民医院", "各县市人民医院": levels of places, no place
                            + "地市 县市 区县 县区 旗县 盟市")
                    .split(" "));

    private static final int MAX_ABBREVIATED_CORE = 6;
    /** An unanchored name still names an institution when it carries one of these (科学院, 第一, 街道, 附属). */
    private static final Pattern NAME_MARKER =
            Pattern.compile("第[一二三四五六七八九十]|附属|大学|学院|医科|医大|科学院|街道|镇|乡|军区|部队|解放军|武警|医专|医学院"
                    // an enterprise's or a state farm's hospital: 翠峦林业局职工医院, 大庆油田总医院
                    + "|林业局|矿务局|农垦|农场|油田|煤矿|矿业|钢铁|铁路|兵团"
                    // a community's hospital: 振华社区医院
                    + "|社区$");

    /** 长兴岛经济技术开发区中心医院: a development zone is no division, but its hospital is named after it. */
    private static final Pattern ZONE_NAME = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{2,8}?(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|开发区|保税区|工业园区|示范区|试验区|实验区)(?<rest>[\\u4e00-\\u9fa5]{0,6})$");

    /** A place's two-character short name, then a standard core that names no hospital by itself. */
    private static final Pattern SHORT_PLACE_NAME = Pattern.compile("(?<place>[\\u4e00-\\u9fa5]{2})"
            + "(?:第[一二三四五六七八九十]{1,2})?(?:人民|中医|中西医结合|妇幼|妇幼保健|精神病|传染病|肿瘤|儿童|口腔|骨科|中心)$");

    private static final String NOT_AFTER_PLACE_CHAR = "级委直场民政长属内外里州";

    private static final Pattern ACADEMY_BEFORE = Pattern.compile("(?:中国医学科学院|中国中医科学院|中国医学科学院北京协和医学院)$");
    private static final Pattern AFFILIATION = Pattern.compile("(?:大学|学院|医科).{0,8}附属");

    private final AdministrativeDivisions divisions;

    NameBeforeSuffix(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /**
     * The name that ends with the suffix at [s, e), read back no further than {@code from}, where the backward scan
     * stopped; null when the stretch names no hospital. The readings are tried in order: a township's centre with a
     * note before its suffix, a place that anchors the name, a renamed place that reads as a verb, a township's or
     * community's centre, a development zone's hospital, an abbreviated place, a county's short name, and last a name
     * without any place.
     */
    Candidate read(String text, List<AdministrativeDivisions.Match> places, int from, int s, int e) {
        String suffixText = text.substring(s, e);
        Matcher note = from >= s ? TownshipCentreNames.noteBeforeSuffix(text, s, e) : null;
        if (note != null) {
            return TownshipCentreNames.withNote(text, note, s, e);
        }
        if (from >= s && !text.startsWith("附院", s)) {
            return null; // a bare suffix: 医院, 卫生院
        }
        AdministrativeDivisions.Match anchor = anchorPlace(text, places, from, s, suffixText);
        if (anchor != null) {
            int start = affiliationStart(text, from, anchor.start());
            return new Candidate(
                    start, e, text.substring(start, e), true, false, HospitalNames.isGroup(suffixText), true);
        }
        // 复旦大学附属中山医院: a place that ends the name's core (中山) anchors nothing; read it as an unanchored name
        String raw = text.substring(from, s);
        if (raw.length() >= 5
                && "和与及".indexOf(raw.charAt(0)) >= 0
                && NAME_MARKER.matcher(raw).find()) {
            // "…人民医院和中国科学技术大学附属第一医院": the conjunction joins two names
            from++;
            raw = raw.substring(1);
        }
        // "明确我市第一人民医院": the writer's own place opens the name (a short form 市X)
        int own = NameStretch.afterOwnPlaceWord(raw);
        from += own;
        raw = raw.substring(own);
        String before = NameStretch.afterInnerVerb(HospitalNames.stripLeadingFillers(raw), NAME_MARKER);
        Candidate c = renamedPlaceReadAsVerb(text, from, raw, before, e, suffixText);
        c = c != null ? c : TownshipCentreNames.read(text, before, s, e, suffixText);
        c = c != null ? c : zoneHospital(text, before, s, e, suffixText);
        c = c != null ? c : abbreviatedPlace(text, before, s, e, suffixText);
        c = c != null ? c : countyShortName(text, before, s, e, suffixText);
        return c != null ? c : unanchored(text, before, s, e, suffixText);
    }

    /** Suffixes that name the kind of hospital after a place by themselves (辽宁省精神卫生中心, 渠县精神病院). */
    private static final Set<String> SUFFIX_NAMES_KIND = Set.of("精神卫生中心", "妇女儿童医疗中心", "精神病院", "传染病院");

    /** The first place in the stretch that starts the name: the core between it and the suffix makes a name. */
    private static AdministrativeDivisions.Match anchorPlace(
            String text, List<AdministrativeDivisions.Match> places, int from, int s, String suffixText) {
        for (AdministrativeDivisions.Match m : places) {
            if (m.start() >= s) {
                break;
            }
            if (m.start() < from || m.end() > s || isConjunctionNotPlace(text, m)) {
                continue;
            }
            String core = text.substring(m.end(), s);
            // 南阳医专 (a school abbreviation) after the place is a core too; 湖南省公立医院 is not a name
            // 辽宁省精神卫生中心, 广州市妇女儿童医疗中心, 渠县精神病院: the suffix alone names the kind of hospital after its place
            boolean valid = (HospitalNames.isValidAfterPlace(core)
                            || suffixText.equals("附院")
                            || (core.isEmpty() && SUFFIX_NAMES_KIND.contains(suffixText))
                            || HospitalNames.namesCountyHospital(text, m, core, suffixText))
                    && !HospitalNames.namesHonour(core)
                    && !HospitalNames.readsAsPhrase(core);
            if (valid) {
                return m;
            }
            // "云梦县先后挂牌成立云梦县总医院": a later place may still start the name
        }
        return null;
    }

    /** "新建县人民医院": what reads as a verb (新建) is a place that has since been renamed (新建区). */
    private Candidate renamedPlaceReadAsVerb(
            String text, int from, String raw, String before, int e, String suffixText) {
        int rawCut = Math.max(raw.lastIndexOf('县'), Math.max(raw.lastIndexOf('市'), raw.lastIndexOf('区')));
        if (before.length() < raw.length() && rawCut >= 2 && raw.length() - before.length() > rawCut - 2) {
            String place = raw.substring(rawCut - 2, rawCut);
            String core = raw.substring(rawCut + 1);
            if (!divisions.byName(place).isEmpty()
                    && HospitalNames.isValidAfterPlace(core)
                    && !HospitalNames.readsAsPhrase(core)) {
                int start = from + rawCut - 2;
                return new Candidate(
                        start, e, text.substring(start, e), true, false, HospitalNames.isGroup(suffixText), true);
            }
        }
        return null;
    }

    /** 长兴岛经济技术开发区中心医院, 杨凌示范区医院: the hospital named after a development zone. */
    private static Candidate zoneHospital(String text, String before, int s, int e, String suffixText) {
        String zoneCore = HospitalNames.afterLastPhraseWord(before);
        Matcher zone = ZONE_NAME.matcher(zoneCore);
        if (zone.matches()
                && (zone.group("rest").isEmpty() || HospitalNames.isValidAfterPlace(zone.group("rest")))
                && !HospitalNames.namesHonour(zoneCore.replace("示范区", "区"))) { // 杨凌示范区 is a zone, no honour
            int start = s - zoneCore.length();
            return new Candidate(
                    start, e, text.substring(start, e), false, false, HospitalNames.isGroup(suffixText), true);
        }
        return null;
    }

    /** A place written in full or abbreviated (市, 省, 区, 县, 旗) right before the core: 宜州市人民医院, 市中心医院. */
    private Candidate abbreviatedPlace(String text, String before, int s, int e, String suffixText) {
        int cut = placeCharacter(before);
        boolean group = HospitalNames.isGroup(suffixText);
        if (cut >= 2 && !divisions.byName(before.substring(cut - 2, cut)).isEmpty()) {
            // 宜州市人民医院, 蓬莱市中医院: a place since renamed or merged (宜州区, 蓬莱区) still starts the name
            String core = before.substring(cut + 1);
            // 神木县医院: the place and the suffix alone make a county's hospital
            boolean placeOnly = core.isEmpty() && suffixText.equals("医院") && before.charAt(cut) != '省';
            if ((HospitalNames.isValidAfterPlace(core) || placeOnly)
                    && !HospitalNames.namesHonour(core)
                    && !HospitalNames.readsAsPhrase(core)) {
                int start = s - before.length() + cut - 2;
                return new Candidate(start, e, text.substring(start, e), true, false, group, true);
            }
        }
        if (cut >= 0) {
            String core = before.substring(cut + 1);
            boolean named = core.length() <= MAX_ABBREVIATED_CORE
                    && !HospitalNames.namesHonour(core)
                    && !HospitalNames.readsAsPhrase(core)
                    && (HospitalNames.isValidAfterPlace(core) || (group && core.isEmpty()));
            if (named) {
                int start = s - before.length() + cut;
                return new Candidate(start, e, text.substring(start, e), false, true, group, true);
            }
        }
        return null;
    }

    /** Where the place character (市, 省, 区, 县, 旗) that ends an abbreviated place stands in {@code before}, or -1. */
    private static int placeCharacter(String before) {
        int cut = Math.max(
                Math.max(before.lastIndexOf('市'), before.lastIndexOf('省')),
                Math.max(Math.max(before.lastIndexOf('区'), before.lastIndexOf('县')), before.lastIndexOf('旗')));
        if (cut > 0 && WORDS_ENDING_IN_PLACE_CHAR.contains(before.substring(cut - 1, cut + 1))) {
            cut = -1; // 城市医疗集团, 新区医院: a word, not an abbreviated place
        }
        if (cut >= 0 && cut + 1 < before.length() && NOT_AFTER_PLACE_CHAR.indexOf(before.charAt(cut + 1)) >= 0) {
            cut = -1; // 市级医院, 市委组织部
        }
        return cut;
    }

    /** 沭阳妇幼保健院, 长兴第二人民医院: a county's short name before a standard core still names its hospital. */
    private Candidate countyShortName(String text, String before, int s, int e, String suffixText) {
        Matcher shortPlace = SHORT_PLACE_NAME.matcher(before);
        if (shortPlace.find()
                && divisions.byName(shortPlace.group("place")).stream()
                        .anyMatch(d -> d.level() != Division.Level.PROVINCE)) {
            int start = s - (before.length() - shortPlace.start());
            return new Candidate(
                    start, e, text.substring(start, e), false, false, HospitalNames.isGroup(suffixText), true);
        }
        return null;
    }

    /**
     * A name without any place: named when it carries a name marker (附属, 第一, 街道 …); null when it is too long for a
     * name, an honour, a phrase or a count.
     */
    private static Candidate unanchored(String text, String before, int s, int e, String suffixText) {
        boolean group = HospitalNames.isGroup(suffixText);
        // 华中科技大学同济医学院附属协和医院: a university's affiliated hospital may be long without any place
        String afterVerb = HospitalNames.afterLastPhraseWord(before);
        if (afterVerb.length() < before.length()
                && afterVerb.length() >= 6
                && AFFILIATION.matcher(afterVerb).find()) {
            before = afterVerb; // "市政府委托华中科技大学同济医学院附属同济医院": the name starts after the verb
        }
        boolean affiliated = AFFILIATION.matcher(before).find();
        if ((before.length() > MAX_UNANCHORED_CORE && !affiliated)
                || HospitalNames.namesHonour(before)
                || HospitalNames.readsAsPhrase(before)) {
            return null;
        }
        int start = s - before.length();
        if (start > 0 && "个家所座名位".indexOf(text.charAt(start)) >= 0 && isNumeral(text.charAt(start - 1))) {
            return null; // "27个镇卫生院": a count of institutions
        }
        boolean named = !before.isEmpty()
                && !HospitalNames.isGeneric(before)
                && NAME_MARKER
                        .matcher(HospitalNames.withoutCollectiveWords(before))
                        .find();
        return new Candidate(start, e, text.substring(start, e), false, false, group, named);
    }

    static boolean isNumeral(char c) {
        return Character.isDigit(c) || "一二两三四五六七八九十百千几多数".indexOf(c) >= 0;
    }

    /**
     * 和县 is a county, but in "县医院和县中医医院" or "社区和县区医院" the 和 joins two nouns: a place starting with a
     * conjunction right after a Han character that could end a noun is read as the conjunction.
     */
    static boolean isConjunctionNotPlace(String text, AdministrativeDivisions.Match m) {
        char first = text.charAt(m.start());
        if (first != '和' && first != '与' && first != '及') {
            return false;
        }
        if (m.start() == 0) {
            return false;
        }
        char before = text.charAt(m.start() - 1);
        return (HospitalNames.isHan(before) && !HospitalNames.isStopChar(before)) || "）)”\"".indexOf(before) >= 0;
    }

    /** 首都医科大学附属北京天坛医院: a university's 附属 before the place belongs to the name. */
    private static int affiliationStart(String text, int from, int anchorStart) {
        String prefix = text.substring(from, anchorStart);
        Matcher academy = ACADEMY_BEFORE.matcher(prefix);
        if (academy.find()) {
            return anchorStart - academy.group().length(); // 中国医学科学院北京协和医院: the academy's hospital
        }
        if (!prefix.endsWith("附属")) {
            return anchorStart;
        }
        String stripped = HospitalNames.stripLeadingFillers(prefix);
        if (!(stripped.contains("大学") || stripped.contains("学院") || stripped.contains("医科"))) {
            return anchorStart;
        }
        return anchorStart - stripped.length();
    }
}
