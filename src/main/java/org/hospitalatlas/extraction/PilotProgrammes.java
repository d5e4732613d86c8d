package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The programme a designation's list is for: named in its sentence ("…开展了临床路径管理试点", "还同步确定了第三批DRG收付费
 * 改革"), else around it (the sentences before and after, the paragraph, the title) when the sentence only says 试点;
 * or a national regional medical centre ("第五批国家区域医疗中心项目"). Its level comes from its wording (or the
 * context's), its category from the name, else from the context.
 */
final class PilotProgrammes {

    /** "(简称“达标县医院”)": a note giving the short form of the name before it. */
    private static final String SHORT_FORM = "[（(]简称[^（()）]{0,12}[）)]";

    /** "基本符合县医院医疗服务能力推荐标准的医院": the county hospitals the programme found up to its standard. */
    static final String CAPACITY_STANDARD = "(?:基本)?(?:符合|达到)县医院医疗服务能力(?:基本|推荐)标准(?:的)?(?:县)?医院(?:" + SHORT_FORM + ")?";

    /** The county-capacity programme's stages and batches, a designation not worded 试点 ("…第二阶段县医院"). */
    static final String COUNTY_CAPACITY = "(?:(?:第[一二三]阶段|第[一二三]批|首批|500家|五百家|千县工程”?)[^，,。；;、]{0,20}?(?:县级医院|县医院|提升医院)"
            + "|" + CAPACITY_STANDARD + ")";

    private static final Pattern COUNTY_CAPACITY_NAME = Pattern.compile(COUNTY_CAPACITY + "$");

    /** The programme a designation names: the stretch ending in 试点 (with 医院/单位) or 改革. */
    /** "…示范性医院建设单位和培育单位": a reform's model hospitals, designated like its pilots. */
    static final String MODEL_UNITS = "示范性?医院(?:建设|培育)单位(?:和培育单位)?";

    private static final Pattern PROGRAMME =
            Pattern.compile("[“\"《]?(?<name>[^，,。；;、：:“”\"《》|\\n]{2,36}?(?:试点(?:医院|单位|机构)?|改革(?!委)"
                    + "|区域医疗中心(?:建设)?(?:项目|输出医院|方案)|" + CAPACITY_STANDARD + "|" + MODEL_UNITS
                    + "))[”\"》]?");

    private static final Pattern PROGRAMME_AFTER_VERB =
            Pattern.compile("(?:开展|进行|实行|启动|纳入|列为|确定为|入选|列入|作为|成为|为)(?:了)?[“\"《]?(?<name>[^，,。；;、：:“”\"《》|\\n]{2,30}?"
                    + "(?:试点(?:医院|单位|机构)?|区域医疗中心(?:建设)?(?:项目|输出医院)|" + COUNTY_CAPACITY + "|" + MODEL_UNITS + "))");
    private static final StartChars PROGRAMME_AFTER_VERB_STARTS = StartChars.of(PROGRAMME_AFTER_VERB);

    private static final Pattern SHORT_FORM_NOTE = Pattern.compile("(?:" + SHORT_FORM + ")$");

    /** A national regional medical centre, with its batch when given: "第五批国家区域医疗中心项目". */
    private static final Pattern REGIONAL_PROGRAMME =
            Pattern.compile("(?:(?:第[一二三四五六七八九十]|首)批)?(?:国家|省级)?区域医疗中心(?:建设)?(?:试点)?(?:项目)?");

    private final PilotCategories categories;
    private final AdministrativeDivisions divisions;

    PilotProgrammes(PilotCategories categories, AdministrativeDivisions divisions) {
        this.categories = categories;
        this.divisions = divisions;
    }

    /**
     * The programme: named in the sentence, else (or when the sentence's name states no reform) around it, in the
     * sentences before and after, the paragraph or the title; the category from the name, else from all of these.
     */
    PilotProgramme programme(String s, String context) {
        String inSentence = firstName(s, false);
        String around = firstName(context, true);
        String name = inSentence;
        if (name == null
                || ("other".equals(categories.categoryOf(name))
                        && around != null
                        && !COUNTY_CAPACITY_NAME.matcher(name).find())) {
            // a bare "…试点" takes the reform named around it; the county-capacity programme is a designation of its own
            name = around != null ? around : inSentence;
        }
        String category = categories.categoryOf(context);
        if (name == null) {
            return null;
        }
        name = SHORT_FORM_NOTE.matcher(name).replaceFirst(""); // "…的医院(简称“达标县医院”)": the name without its note
        String level = PilotLevels.levelOf(name, divisions);
        if (level == null) {
            level = PilotLevels.levelOf(context, divisions);
        }
        String named = categories.categoryOf(name);
        if ("other".equals(named) && "other".equals(category) && level == null) {
            return null; // neither whose programme nor which reform
        }
        return new PilotProgramme(name, level, "other".equals(named) ? category : named);
    }

    /** The first programme name in {@code s}; with {@code stating}, only one whose words state a reform. */
    private String firstName(String s, boolean stating) {
        Matcher v = PROGRAMME_AFTER_VERB.matcher(s);
        int from = 0;
        while (PROGRAMME_AFTER_VERB_STARTS.find(v, s, from)) {
            from = v.end();
            String candidate = v.group("name").strip();
            if (isProgrammeName(candidate) && (!stating || !"other".equals(categories.categoryOf(candidate)))) {
                return candidate; // "…开展了临床路径管理试点": what was carried out
            }
        }
        Matcher p = PROGRAMME.matcher(s);
        while (p.find()) {
            String candidate = withoutLeadingVerb(
                    HospitalNames.stripLeadingFillers(p.group("name").strip()));
            if (isProgrammeName(candidate) && (!stating || !"other".equals(categories.categoryOf(candidate)))) {
                return candidate;
            }
        }
        return null;
    }

    /** "还同步确定了第三批DRG收付费改革" → "第三批DRG收付费改革": the programme starts after the designating verb. */
    private static String withoutLeadingVerb(String candidate) {
        // "确定了3家公立医院高质量发展试点医院": the count of the hospitals designated goes with the verb
        String rest = LEADING_COUNT
                .matcher(LEADING_VERB.matcher(candidate).replaceFirst(""))
                .replaceFirst("");
        return rest.length() >= 4 ? rest : candidate;
    }

    private static final Pattern LEADING_COUNT = Pattern.compile("^[0-9一二三四五六七八九十两]{1,3}[家所个](?=[^家所个])");

    private static final Pattern LEADING_VERB =
            Pattern.compile("^[^，,。；;]{0,8}?(?:确定|列为|纳入|开展|启动|进行|实施|公布|印发|发布|下发)(?:了|为)?");

    /** A programme's name, not a clause: no hospital list (A等20个试点), no pointer (该项试点), no bare 试点. */
    private static boolean isProgrammeName(String candidate) {
        return candidate.length() >= 4
                && !candidate.matches("^(?:开展|进行|率先|先行|并在|在|该|此|这|其|本|各|等).*")
                // "全国首批500家提升综合能力建设县级医院": the programme's own count is part of its name
                && (!NOT_A_PROGRAMME.matcher(candidate).find()
                        || COUNTY_CAPACITY_NAME.matcher(candidate).find());
    }

    private static final Pattern NOT_A_PROGRAMME =
            Pattern.compile("(?:医院|卫生院|中心)等|[0-9０-９一二三四五六七八九十百]+[个家所]|[0-9]{4}年|[0-9]+月|附件|名单");

    /** The regional-centre programme a sentence names (or its context, the title first), national unless 省级. */
    PilotProgramme regionalProgramme(String s, String context) {
        for (String where : List.of(s, context)) {
            Matcher m = REGIONAL_PROGRAMME.matcher(where);
            String best = null;
            while (m.find()) {
                if (best == null || m.group().length() > best.length()) {
                    best = m.group();
                }
            }
            if (best != null) {
                String name = best.startsWith("区域") || best.matches("^(?:第.批|首批)区域.*") ? "国家" + best : best;
                String level = name.contains("省级") ? "provincial" : "national";
                return new PilotProgramme(name, level, categories.categoryOf(name));
            }
        }
        return null;
    }
}
