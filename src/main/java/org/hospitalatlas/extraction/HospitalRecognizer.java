package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places where a text names a hospital, as written: full names (南阳市中心医院), abbreviations (市中心医院,
 * 区人民医院), ordinal short forms (上海一院), branch and group compounds (望京医院南阳医院, 市中心医院医疗集团). It reads
 * backwards from a suffix (医院, 卫生院 …) to the start of the name; a place name inside that stretch anchors the start,
 * else verbs swallowed by the scan are dropped. Resolving what each surface stands for is {@link HospitalDirectory}'s
 * job.
 */
final class HospitalRecognizer {

    private static final int MAX_NAME_LENGTH = 18;
    private static final int MAX_UNANCHORED_CORE = 10;
    private static final java.util.Set<String> WORDS_ENDING_IN_PLACE_CHAR = java.util.Set.of(
            "城市", "都市", "社区", "全省", "本省", "我省", "外省", "各省", "该省", "省市", "省区", "城区", "园区", "新区", "郊区", "地区", "辖区", "片区",
            "景区", "老区", "山区", "牧区", "市区", "全市", "本市", "我市", "全区", "本区", "我区", "全县", "本县", "我县", "院区", "校区", "街区", "专区");
    private static final int MAX_ABBREVIATED_CORE = 6;
    /** An unanchored name still names an institution when it carries one of these (科学院, 第一, 街道, 附属). */
    private static final Pattern NAME_MARKER = Pattern.compile("第[一二三四五六七八九十]|附属|大学|学院|医科|医大|科学院|街道|镇|乡|军区|部队|医专|医学院"
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

    private static final Pattern CENTRE = Pattern.compile("中心(?![医卫])");
    private static final Pattern BRANCH_IN_PARENTHESIS = Pattern.compile("[（(][^（()）。，,]{1,16}院区[）)]");
    /** The description must come before any other institution the sentence names (医/院), or it may be that one's. */
    private static final Pattern DESCRIBED_AS_HOSPITAL = Pattern.compile(
            "(?:[（(][^（()）]{1,20}[）)])?[^。！？；;\\n医院]{0,30}?(?:是|为|，|,)\\s*(?:一所|一家|一座)[^。！？；;，,\\n]{0,20}?医院(?=[，,。；;！？\\n]|$)");

    /** "县妇幼保健院和各乡镇卫生院": two names joined, not a branch named after its parent. */
    private static final Pattern LIST_JOINER = Pattern.compile("^[和及与、或]|各|等");

    private static final Pattern NOTE_OPEN = Pattern.compile(".*[（(][^）)]*");
    private static final Pattern NOTE_BEFORE = Pattern.compile("[（(][^（()）、，,。；;]{1,12}[）)]$");
    /** A unit word with no name of its own before a suffix: "街道卫生服务中心". */
    private static final Pattern UNIT_WORD = Pattern.compile("街道|社区|镇|乡");

    private static final Pattern TOWNSHIP_END = Pattern.compile("[镇乡]$|街道$");
    private static final Pattern GRASSROOTS_SUFFIX = Pattern.compile("社区卫生服务中心|卫生服务中心|卫生院");
    /** 兰大二院, 浙医四院, 安医一附院: a university's informal short form, kept as written. */
    private static final Pattern UNIVERSITY_SHORT =
            Pattern.compile("[\\u4e00-\\u9fa5]{1,2}[大医][一二三四五六七八九十]附?院(?![区长内外部办子校])");

    private static final String NOT_AFTER_PLACE_CHAR = "级委直场民政长属内外里";
    private static final Pattern ORDINAL_SHORT = Pattern.compile("[一二三四五六七八九十](?:院|医)(?![院学科生疗药师务护保])");

    /** "A又名B", "A原名B": two names of one hospital, not a branch named after its parent. */
    private static final Pattern ANOTHER_NAME = Pattern.compile("又名|又称|亦称|也称|原名|简称|俗称|全称|别名|曾用名|即|暨");

    /** One mention as written. {@code group}: a 医疗集团; {@code anchored}: starts with a division name. */
    record Candidate(
            int start, int end, String surface, boolean anchored, boolean abbreviated, boolean group, boolean named) {}

    private final AdministrativeDivisions divisions;

    HospitalRecognizer(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    List<Candidate> recognize(String text, List<AdministrativeDivisions.Match> places) {
        List<Candidate> out = new ArrayList<>();
        Matcher suffix = HospitalNames.SUFFIX.matcher(text);
        int previousSuffixEnd = -1;
        Candidate previous = null;
        while (suffix.find()) {
            Cancellation.check();
            int s = suffix.start();
            int e = suffix.end();
            int i = nameStart(text, s, previousSuffixEnd);
            boolean adjacent = i == previousSuffixEnd && previous != null && previous.end() == previousSuffixEnd;
            Candidate c = withPlaceBeforeStop(text, candidate(text, places, i, s, e));
            previousSuffixEnd = e;
            if (adjacent && previous != null) {
                Candidate compound = startsAnotherPlacesName(text, previous.end(), s)
                                || TITLE_AFTER_NAME
                                        .matcher(text.substring(previous.end(), e))
                                        .matches()
                                || (c != null
                                        && ANOTHER_NAME
                                                .matcher(text.substring(previous.end(), c.start()))
                                                .matches())
                        ? null
                        : compound(text, previous, c, s, e);
                if (compound != null) {
                    out.set(out.size() - 1, compound);
                    previous = compound;
                    continue;
                }
            }
            if (c != null) {
                out.add(c);
            }
            previous = c;
        }
        addOrdinalShortForms(text, places, out);
        addUniversityShortForms(text, out);
        addNumberedHospitals(text, places, out);
        addAffiliatedOrdinalForms(text, places, out);
        nameListedCandidates(text, out);
        addCentresDescribedAsHospitals(text, places, out);
        withProfiledBranches(text, out);
        // "开发区(长寿镇卫生院代管)卫生院": a name inside the note of a longer one is part of that name
        out.sort((a, b) ->
                a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Candidate> kept = new ArrayList<>(out.size());
        Candidate widest = null;
        for (Candidate c : out) {
            boolean inNote = widest != null
                    && widest.start() < c.start()
                    && widest.end() > c.end()
                    && NOTE_OPEN
                            .matcher(text.substring(widest.start(), c.start()))
                            .matches();
            if (!inNote) {
                kept.add(c);
            }
            if (widest == null || c.end() > widest.end()) {
                widest = c;
            }
        }
        out.clear();
        out.addAll(kept);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "宝山分院(第二冠名:…)是一所…", "城南分院始建于…": a branch the text goes on to describe as an institution. */
    private static final Pattern PROFILED_BRANCH = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{2,4}?分院(?=\\s*(?:[（(][^）)]{0,30}[）)])?\\s*(?:是一所|是一家|始建于|创建于|创办于|成立于|位于|坐落于))");

    /**
     * "上海市第一人民医院宝山分院(第二冠名:宝山区吴淞中心医院)是一所…": a branch named after its parent that the text
     * profiles is a hospital of its own name, not its parent.
     */
    private static void withProfiledBranches(String text, List<Candidate> out) {
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (!c.named() || c.group() || !c.surface().endsWith("医院")) {
                continue;
            }
            Matcher branch = PROFILED_BRANCH.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 60)));
            if (branch.find()) {
                int end = c.end() + branch.end();
                out.set(
                        i,
                        new Candidate(
                                c.start(), end, text.substring(c.start(), end), c.anchored(), false, false, true));
            }
        }
    }

    /**
     * "无为县人民医院": a place whose name holds a stop character (为, 于, 和) was cut off by the backward scan; when the
     * characters before "县人民医院" name a place, they start the name.
     */
    private Candidate withPlaceBeforeStop(String text, Candidate c) {
        if (c == null || c.anchored() || c.start() < 2 || "县市区旗".indexOf(text.charAt(c.start())) < 0) {
            return c;
        }
        for (int length = 3; length >= 2; length--) {
            int start = c.start() - length;
            if (start < 0) {
                continue;
            }
            String place = text.substring(start, c.start());
            boolean wordStart = start == 0
                    || !HospitalNames.isHan(text.charAt(start - 1))
                    || HospitalNames.isStopChar(text.charAt(start - 1));
            if (wordStart
                    && place.chars().anyMatch(ch -> HospitalNames.STOP_CHARS.indexOf(ch) >= 0)
                    && !divisions.byName(place).isEmpty()) {
                return new Candidate(start, c.end(), text.substring(start, c.end()), true, false, c.group(), true);
            }
        }
        return c;
    }

    /** "泉州医学高等专科学校附属人民医院": the 等 of 高等 belongs to the name. */
    private static boolean isHigherEducation(String text, int at) {
        return text.charAt(at) == '等' && at > 0 && text.charAt(at - 1) == '高';
    }

    /** Where the backward scan from a suffix at {@code s} stops: a stop character, the previous name, or the limit. */
    private static int nameStart(String text, int s, int previousSuffixEnd) {
        int i = s;
        while (i > 0
                && s - i < MAX_NAME_LENGTH
                && i != previousSuffixEnd
                && (!HospitalNames.isStopChar(text.charAt(i - 1)) || isHigherEducation(text, i - 1))) {
            i--;
        }
        return i;
    }

    /**
     * A place-named 中心 is usually no hospital (疾控中心, 政务服务中心), but it is one when the text says so: a hospital's
     * 院区 in the parenthesis after it (X公共卫生中心（Y医院Z院区）), or a description as a hospital in its sentence
     * (X中心是一所…医院, X中心建成，一座…的三甲医院).
     */
    private void addCentresDescribedAsHospitals(
            String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        Matcher centre = CENTRE.matcher(text);
        List<Candidate> found = new ArrayList<>();
        while (centre.find()) {
            int s = centre.start();
            int e = centre.end();
            boolean covered = out.stream().anyMatch(c -> c.start() < e && s < c.end());
            if (covered || !describedAsHospital(text, e)) {
                continue;
            }
            Candidate c = candidate(text, places, nameStart(text, s, -1), s, e);
            if (c != null && c.anchored() && c.named()) {
                found.add(c);
            }
        }
        out.addAll(found);
    }

    private static boolean describedAsHospital(String text, int end) {
        Matcher branch = BRANCH_IN_PARENTHESIS.matcher(text);
        branch.region(end, text.length());
        if (branch.lookingAt()) {
            return true;
        }
        Matcher described = DESCRIBED_AS_HOSPITAL.matcher(text);
        described.region(end, text.length());
        return described.lookingAt();
    }

    private Candidate candidate(String text, List<AdministrativeDivisions.Match> places, int from, int s, int e) {
        Matcher note = from >= s ? NOTE_BEFORE.matcher(text.substring(Math.max(0, s - 14), s)) : null;
        if (note != null && GRASSROOTS_SUFFIX.matcher(text.substring(s, e)).matches() && note.find()) {
            // "南江镇（中心）卫生院": a township's health centre with a note before its suffix, kept as written
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
        if (from >= s && !text.startsWith("附院", s)) {
            return null; // a bare suffix: 医院, 卫生院
        }
        String suffixText = text.substring(s, e);
        AdministrativeDivisions.Match anchor = null;
        boolean refused = false;
        for (AdministrativeDivisions.Match m : places) {
            if (m.start() >= s) {
                break;
            }
            if (m.start() < from || m.end() > s || isConjunctionNotPlace(text, m)) {
                continue;
            }
            String core = text.substring(m.end(), s);
            // 南阳医专 (a school abbreviation) after the place is a core too; 湖南省公立医院 is not a name
            // 辽宁省精神卫生中心: the suffix alone names the kind of hospital after its place
            boolean valid = (HospitalNames.isValidAfterPlace(core)
                            || suffixText.equals("附院")
                            || (core.isEmpty() && suffixText.equals("精神卫生中心")))
                    && !HospitalNames.namesHonour(core)
                    && !HospitalNames.readsAsPhrase(core);
            if (valid) {
                anchor = m;
                break;
            }
            // "云梦县先后挂牌成立云梦县总医院": a later place may still start the name
            refused = true;
        }
        if (anchor == null && refused && !HospitalNames.readsAsPhrase(text.substring(from, s))) {
            // 复旦大学附属中山医院: the place (中山) ends the name's core; read it as an unanchored name
            refused = false;
        }
        if (anchor != null) {
            int start = affiliationStart(text, from, anchor.start());
            return new Candidate(
                    start, e, text.substring(start, e), true, false, HospitalNames.isGroup(suffixText), true);
        }
        String raw = text.substring(from, s);
        if (raw.length() >= 5
                && "和与及".indexOf(raw.charAt(0)) >= 0
                && NAME_MARKER.matcher(raw).find()) {
            // "…人民医院和中国科学技术大学附属第一医院": the conjunction joins two names
            from++;
            raw = raw.substring(1);
        }
        String before = HospitalNames.stripLeadingFillers(raw);
        int rawCut = Math.max(raw.lastIndexOf('县'), Math.max(raw.lastIndexOf('市'), raw.lastIndexOf('区')));
        if (before.length() < raw.length() && rawCut >= 2 && raw.length() - before.length() > rawCut - 2) {
            // "新建县人民医院": what reads as a verb (新建) is a place that has since been renamed (新建区)
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
        if (GRASSROOTS_SUFFIX.matcher(suffixText).matches()) {
            // 南环社区和水月寺社区卫生服务中心, 沙河乡卫生院: the suffix names the institution; its core is the place before it
            int joiner = Math.max(Math.max(before.lastIndexOf('和'), before.lastIndexOf('、')), before.lastIndexOf('及'));
            if (joiner >= 1
                    && before.charAt(joiner) == '和'
                    && UNIT_WORD.matcher(before.substring(joiner + 1)).matches()) {
                joiner -= 2; // "中和街道卫生服务中心": the 和 ends a place's name (中和, 太和) before a bare 街道
            }
            // "全面托管长坡镇中心卫生院": the name starts after the verb
            String core = HospitalNames.afterLastPhraseWord(before.substring(joiner + 1));
            if (core.length() >= 2
                    && core.length() <= 8
                    && !HospitalNames.isGeneric(HospitalNames.withoutCollectiveWords(core))
                    && !HospitalNames.readsAsPhrase(core)
                    && !core.startsWith("各")
                    && "家个所名位".indexOf(core.charAt(0)) < 0) { // "8家镇卫生院": a count
                return new Candidate(
                        s - core.length(), e, text.substring(s - core.length(), e), false, false, false, true);
            }
        }
        String zoneCore = HospitalNames.afterLastPhraseWord(before);
        Matcher zone = ZONE_NAME.matcher(zoneCore);
        if (zone.matches()
                && (zone.group("rest").isEmpty() || HospitalNames.isValidAfterPlace(zone.group("rest")))
                && !HospitalNames.namesHonour(zoneCore.replace("示范区", "区"))) { // 杨凌示范区 is a zone, no honour
            int start = s - zoneCore.length();
            return new Candidate(
                    start, e, text.substring(start, e), false, false, HospitalNames.isGroup(suffixText), true);
        }
        int cut = Math.max(
                Math.max(before.lastIndexOf('市'), before.lastIndexOf('省')),
                Math.max(Math.max(before.lastIndexOf('区'), before.lastIndexOf('县')), before.lastIndexOf('旗')));
        if (cut > 0 && WORDS_ENDING_IN_PLACE_CHAR.contains(before.substring(cut - 1, cut + 1))) {
            cut = -1; // 城市医疗集团, 新区医院: a word, not an abbreviated place
        }
        if (cut >= 0 && cut + 1 < before.length() && NOT_AFTER_PLACE_CHAR.indexOf(before.charAt(cut + 1)) >= 0) {
            cut = -1; // 市级医院, 市委组织部
        }
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
        Matcher shortPlace = SHORT_PLACE_NAME.matcher(before);
        if (shortPlace.find()
                && divisions.byName(shortPlace.group("place")).stream()
                        .anyMatch(d -> d.level() != Division.Level.PROVINCE)) {
            // 沭阳妇幼保健院, 长兴第二人民医院: a county's short name before a standard core still names its hospital
            int start = s - (before.length() - shortPlace.start());
            return new Candidate(
                    start, e, text.substring(start, e), false, false, HospitalNames.isGroup(suffixText), true);
        }
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

    private static boolean isNumeral(char c) {
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

    /**
     * Two names written back to back: a group named after its lead (市中心医院医疗集团, 郴州市一医院城市医疗集团) or a
     * branch named after its parent (望京医院南阳医院, 南阳市中医院骨伤医院).
     */
    /**
     * "紫金县中医院龙川县中医院", "恩平市人民医院恩平市中医院": names run together in a table copied without its cells; the
     * second starts with a county's or city's full name (龙川县, 恩平市), so it is a hospital of its own. A branch named
     * after its parent ("上海市第六人民医院福建医院", "…中山医院厦门医院") has a bare place name instead.
     */
    private boolean startsAnotherPlacesName(String text, int from, int suffixStart) {
        String right = text.substring(from, suffixStart);
        for (AdministrativeDivisions.Match m : divisions.findAll(right)) {
            if (m.start() != 0) {
                break;
            }
            String place = right.substring(m.start(), m.end());
            return place.length() >= 3 && "县市区旗".indexOf(place.charAt(place.length() - 1)) >= 0;
        }
        return false;
    }

    private static Candidate compound(String text, Candidate previous, Candidate current, int s, int e) {
        if (previous.group() || !previous.named()) {
            return null;
        }
        String right = text.substring(previous.end(), e);
        boolean groupSuffix = HospitalNames.isGroup(right);
        String rightCore = right.substring(0, right.length() - (e - s));
        if (groupSuffix && (rightCore.isEmpty() || HospitalNames.isGeneric(rightCore))) {
            return new Candidate(
                    previous.start(),
                    e,
                    text.substring(previous.start(), e),
                    previous.anchored(),
                    previous.abbreviated(),
                    true,
                    previous.named());
        }
        if (!groupSuffix
                && !rightCore.isEmpty()
                && !rightCore.endsWith("科") // "X医院耳鼻咽喉头颈外科医院": a department's specialty unit, not a hospital
                && !LIST_JOINER.matcher(rightCore).find()
                && HospitalNames.stripLeadingFillers(rightCore + "医院").equals(rightCore + "医院")
                && !HospitalNames.isGeneric(rightCore)
                && !HospitalNames.namesHonour(rightCore)
                && !HospitalNames.readsAsPhrase(rightCore)) {
            return new Candidate(
                    previous.start(),
                    e,
                    text.substring(previous.start(), e),
                    previous.anchored(),
                    previous.abbreviated(),
                    false,
                    previous.named());
        }
        return null;
    }

    /** "上海市第一人民医院集团医院": a title after a name (a hospital of its group), not a longer name. */
    private static final Pattern TITLE_AFTER_NAME = Pattern.compile("(?:集团|联盟|医联体|医共体)(?:成员)?医院");

    private static final Pattern ACADEMY_BEFORE = Pattern.compile("(?:中国医学科学院|中国中医科学院|中国医学科学院北京协和医学院)$");
    private static final Pattern AFFILIATION = Pattern.compile("(?:大学|学院|医科).{0,8}附属");
    private static final Pattern GROUP_AFTER = Pattern.compile("医院集团|医疗集团|集团|医联体|医共体");

    private static void addUniversityShortForms(String text, List<Candidate> out) {
        Matcher m = UNIVERSITY_SHORT.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int end = m.end();
            // "系浙大一院": the copula before the short form is not part of it
            // "由浙医一院": neither is a stop character
            int start = end - m.start() >= 5
                            && ("系是即和".indexOf(text.charAt(m.start())) >= 0
                                    || HospitalNames.isStopChar(text.charAt(m.start())))
                    ? m.start() + 1
                    : m.start();
            boolean bounded = start == 0
                    || HospitalNames.isStopChar(text.charAt(start - 1))
                    || "系是即和".indexOf(text.charAt(start - 1)) >= 0;
            if (!bounded) {
                from = start + 1; // "与兰大二院": the match may start one character later
                continue;
            }
            from = end;
            if (GROUP_AFTER
                    .matcher(text.substring(end, Math.min(text.length(), end + 4)))
                    .lookingAt()) {
                continue; // "重医一院医院集团": the group's name, not the hospital named on its own
            }
            // a name the suffix scan could not make sense of (重医一院医院集团 → 重医一院医院) gives way
            boolean covered = out.stream().anyMatch(c -> c.named() && c.start() < end && start < c.end());
            if (!covered) {
                out.removeIf(c -> !c.named() && c.start() < end && start < c.end());
                out.add(new Candidate(start, end, text.substring(start, end), false, false, false, true));
            }
        }
    }

    /** "解放军302医院", "联勤保障部队第900医院": an army's hospitals are known by their number. */
    private static final Pattern ARMY_NUMBERED =
            Pattern.compile("(?:中国人民解放军|解放军|联勤保障部队|武警部队|武警|空军|海军|陆军|火箭军)第?[0-9〇零一二三四五六七八九十百]{2,5}医院");
    /** "贵州安顺302医院": a place, then the number the hospital is known by. */
    private static final Pattern PLACE_NUMBERED = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}?[0-9]{3}医院");

    /** Hospitals named by a number, which the suffix scan (names of Han characters) does not read. */
    private static void addNumberedHospitals(
            String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        if (text.indexOf("医院") < 0) {
            return;
        }
        List<int[]> found = new ArrayList<>();
        Matcher army = ARMY_NUMBERED.matcher(text);
        while (army.find()) {
            found.add(new int[] {army.start(), army.end(), 0});
        }
        for (AdministrativeDivisions.Match place : places) {
            Matcher m = PLACE_NUMBERED.matcher(text).region(place.start(), Math.min(text.length(), place.start() + 16));
            if (m.lookingAt()) {
                found.add(new int[] {m.start(), m.end(), 1});
            }
        }
        for (int[] f : found) {
            int start = f[0];
            int end = f[1];
            if (out.stream().anyMatch(c -> c.named() && c.start() <= start && end <= c.end())) {
                continue;
            }
            out.removeIf(c -> c.start() < end && start < c.end());
            out.add(new Candidate(start, end, text.substring(start, end), f[2] == 1, false, false, true));
        }
    }

    /**
     * "…连云港市第一人民医院、皖北煤电集团总医院、周口市中心医院…": a name without a place or marker still names an
     * institution when a list of names holds it (a list mark before it and after it).
     */
    private static void nameListedCandidates(String text, List<Candidate> out) {
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            if (c.named() || c.start() == 0 || c.end() >= text.length()) {
                continue;
            }
            boolean listed = text.charAt(c.start() - 1) == '、' && "、等和及".indexOf(text.charAt(c.end())) >= 0;
            String core = text.substring(c.start(), c.end());
            Matcher suffix = HospitalNames.SUFFIX.matcher(core);
            String qualifiers = suffix.find() ? core.substring(0, suffix.start()) : core;
            if (listed
                    && core.length() >= 5
                    && !HospitalNames.isGeneric(qualifiers) // "、省市区级公立医院和…": a kind of hospital, listed
                    && !HospitalNames.readsAsPhrase(core)
                    && !HospitalNames.namesHonour(core)) {
                out.set(
                        i,
                        new Candidate(c.start(), c.end(), c.surface(), c.anchored(), c.abbreviated(), c.group(), true));
            }
        }
    }

    /** "大连医科大学附属一院": a school's name, 附属 and an ordinal with 院 (spelled out as 附属第一医院). */
    private static final Pattern AFFILIATED_ORDINAL =
            Pattern.compile("(?:大学|医学院|医科大学|医专|学院)附属[一二三四五六七八九十]院(?![区长内外部办子校院])");

    private static void addAffiliatedOrdinalForms(
            String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        Matcher m = AFFILIATED_ORDINAL.matcher(text);
        while (m.find()) {
            int from = m.start();
            while (from > 0 && m.start() - from < 12 && !HospitalNames.isStopChar(text.charAt(from - 1))) {
                from--;
            }
            int scanFrom = from;
            // "合作医院加挂大连医科大学附属一院": the school's name starts at its place, after any name or verb before it
            from = places.stream()
                    .filter(p -> p.start() >= scanFrom && p.end() < m.start())
                    .mapToInt(AdministrativeDivisions.Match::start)
                    .findFirst()
                    .orElse(from);
            String school = HospitalNames.afterLastPhraseWord(
                    HospitalNames.stripLeadingFillers(text.substring(from, m.start())));
            int lastHospital = school.lastIndexOf("院");
            school = school.substring(lastHospital + 1);
            int start = m.start() - school.length();
            if (school.length() < 2 || HospitalNames.readsAsPhrase(school)) {
                continue;
            }
            int end = m.end();
            boolean covered = out.stream().anyMatch(c -> c.start() < end && start < c.end());
            if (!covered) {
                out.add(new Candidate(start, end, text.substring(start, end), false, false, false, true));
            }
        }
    }

    /** 上海一院, 荆州一医: a known place right before an ordinal and 院/医. */
    private static void addOrdinalShortForms(
            String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        Matcher m = ORDINAL_SHORT.matcher(text);
        while (m.find()) {
            int ord = m.start();
            int placeEnd = ord > 0 && text.charAt(ord - 1) == '市' ? ord - 1 : ord;
            for (AdministrativeDivisions.Match p : places) {
                if (p.end() == placeEnd || p.end() == ord) {
                    int start = p.start();
                    boolean covered = out.stream().anyMatch(c -> c.start() <= start && c.end() >= m.end());
                    if (!covered) {
                        out.add(new Candidate(
                                start, m.end(), text.substring(start, m.end()), true, false, false, true));
                    }
                    break;
                }
                if (p.start() > ord) {
                    break;
                }
            }
        }
    }
}
