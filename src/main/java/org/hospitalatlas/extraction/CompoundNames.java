package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Two names written back to back ({@link HospitalRecognizer}): one name when they make one (a group named after its lead,
 * a branch named after its parent), two when the second starts with another place's full name, is a title after the
 * first, or is another name of it.
 */
final class CompoundNames {

    /** "县妇幼保健院和各乡镇卫生院": two names joined, not a branch named after its parent. */
    private static final Pattern LIST_JOINER = Pattern.compile("^[和及与、或]|各|等");

    /** "A又名B", "A原名B": two names of one hospital, not a branch named after its parent. */
    private static final Pattern ANOTHER_NAME = Pattern.compile("又名|又称|亦称|也称|原名|简称|俗称|全称|别名|曾用名|即|暨");

    /** "上海市第一人民医院集团医院", "A区域联盟医院": a title after a name (a hospital of its group), not a longer name. */
    private static final Pattern TITLE_AFTER_NAME = Pattern.compile("(?:区域|专科)?(?:集团|联盟|医联体|医共体)(?:成员)?医院");

    /** After a group's name, the standard name of one of its hospitals (人民医院, 第二人民医院, 中医院, 妇幼保健院). */
    private static final Pattern GROUPS_HOSPITAL =
            Pattern.compile("^(?:第[一二三四五六七八九十]{1,2})?(?:人民|中医|中西医结合|妇幼保健|妇幼)?(?:医院|保健院)$");

    private final AdministrativeDivisions divisions;

    CompoundNames(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /** "A区域联盟医院", "A集团医院": the words after the name before are a title of a partner, no hospital of their own. */
    static boolean titleAfter(String text, Candidate previous, int e) {
        return TITLE_AFTER_NAME.matcher(text.substring(previous.end(), e)).matches();
    }

    /**
     * The compound of the name before and the one read now, unless the second starts another place's name, is a title
     * after the first, or is another name of it; null when they stay apart.
     */
    Candidate join(String text, Candidate previous, Candidate c, int s, int e) {
        String right = text.substring(previous.end(), s);
        List<AdministrativeDivisions.Match> places = divisions.findAll(right);
        boolean apart = startsAnotherPlacesName(right, places)
                || placeAfterWords(right, places)
                || titleAfter(text, previous, e)
                || (c != null
                        && ANOTHER_NAME
                                .matcher(text.substring(previous.end(), c.start()))
                                .matches());
        return apart ? null : compound(text, previous, c, s, e);
    }

    /**
     * "紫金县中医院龙川县中医院", "恩平市人民医院恩平市中医院": names run together in a table copied without its cells; the
     * second starts with a county's or city's full name (龙川县, 恩平市), so it is a hospital of its own. A branch named
     * after its parent ("上海市第六人民医院福建医院", "…中山医院厦门医院") has a bare place name instead.
     */
    private static boolean startsAnotherPlacesName(String right, List<AdministrativeDivisions.Match> places) {
        AdministrativeDivisions.Match m = places.isEmpty() ? null : places.get(0);
        return m != null && m.start() == 0 && m.end() >= 3 && "县市区旗".indexOf(right.charAt(m.end() - 1)) >= 0;
    }

    /** "X医院集团Y市妇幼保健院", "X医院紧密型医共体Y县…": a group's word before the place; the group's hospital. */
    private static final Pattern GROUP_BEFORE_PLACE = Pattern.compile("(?:紧密型|城市|县域)?(?:医疗|医院)?(?:集团|联盟|医联体|医共体)");

    /**
     * "A组团式帮扶渠县人民医院", "A授予B县人民医院", "A院长张三同志和B县人民医院": words, then a county's, city's or
     * province's full name; a verb or a person stands between two hospitals. A branch named after its parent has its
     * bare place right after the parent (郑州医院, 交城分院).
     */
    private static boolean placeAfterWords(String right, List<AdministrativeDivisions.Match> places) {
        for (AdministrativeDivisions.Match m : places) {
            String place = right.substring(m.start(), m.end());
            if (m.start() > 0
                    && !GROUP_BEFORE_PLACE
                            .matcher(right.substring(0, m.start()))
                            .matches()
                    && place.equals(m.division().name())
                    && "县市区旗省州盟".indexOf(place.charAt(place.length() - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "华山医院福建医院", "瑞金医院海南医院": a hospital known by its short name builds one in another province or city
     * (a national regional medical centre) and names it after itself and the place, written bare (福建, not 福建省).
     */
    private boolean branchInAnotherRegion(String text, Candidate previous, int s, int e) {
        String right = text.substring(previous.end(), s);
        String parent = text.substring(previous.start(), previous.end() - 2);
        if (!text.startsWith("医院", s)
                || e - s != 2
                || parent.length() < 2
                || parent.length() > 4
                || HospitalNames.isGeneric(parent)
                || HospitalNames.readsAsPhrase(parent)) {
            return false;
        }
        List<AdministrativeDivisions.Match> places = divisions.findAll(right);
        if (places.size() != 1 || places.get(0).start() != 0 || places.get(0).end() != right.length()) {
            return false;
        }
        Division place = places.get(0).division();
        return place.level() != Division.Level.COUNTY && right.equals(place.shortName());
    }

    /**
     * Two names written back to back: a group named after its lead (市中心医院医疗集团, 郴州市一医院城市医疗集团) or a
     * branch named after its parent (望京医院南阳医院, 南阳市中医院骨伤医院).
     */
    private Candidate compound(String text, Candidate previous, Candidate current, int s, int e) {
        if (previous.group()
                && !text.substring(previous.start(), previous.end()).contains("医院")
                && GROUPS_HOSPITAL.matcher(text.substring(previous.end(), e)).matches()) {
            // "交城县医疗集团人民医院", "寿阳县医疗集团第二人民医院": a hospital of a place's group, named by the group (not
            // after a group named after its lead hospital)
            return joined(text, previous, e, false, true);
        }
        boolean regionalBranch = !previous.named() && branchInAnotherRegion(text, previous, s, e);
        if (previous.group() || !(previous.named() || regionalBranch)) {
            return null;
        }
        String right = text.substring(previous.end(), e);
        boolean groupSuffix = HospitalNames.isGroup(right);
        String rightCore = right.substring(0, right.length() - (e - s));
        if (groupSuffix && (rightCore.isEmpty() || HospitalNames.isGeneric(rightCore))) {
            return joined(text, previous, e, true, previous.named());
        }
        if (!groupSuffix
                && !rightCore.isEmpty()
                && !rightCore.endsWith("科") // "X医院耳鼻咽喉头颈外科医院": a department's specialty unit, not a hospital
                // "四川省人民医院辅助生殖医学中心": a department's centre; "解放军总医院第一医学中心" is one of its hospitals
                && !(text.startsWith("医学中心", s) && !rightCore.startsWith("第"))
                && !LIST_JOINER.matcher(rightCore).find()
                && HospitalNames.stripLeadingFillers(rightCore + "医院").equals(rightCore + "医院")
                && !HospitalNames.isGeneric(rightCore)
                && !HospitalNames.namesHonour(rightCore)
                && !HospitalNames.readsAsPhrase(rightCore)) {
            return joined(text, previous, e, false, previous.named() || regionalBranch);
        }
        return null;
    }

    /** The name that runs from the start of {@code previous} to {@code end}, placed and abbreviated as it is. */
    private static Candidate joined(String text, Candidate previous, int end, boolean group, boolean named) {
        return new Candidate(
                previous.start(),
                end,
                text.substring(previous.start(), end),
                previous.anchored(),
                previous.abbreviated(),
                group,
                named);
    }
}
