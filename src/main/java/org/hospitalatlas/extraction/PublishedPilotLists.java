package org.hospitalatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Selections from a list a government body published, a designation not worded as 试点: "国家卫计委网站发布了《关于全面
 * 提升县级医院综合能力第一阶段500家县医院名单的通知》…入选县医院分别是：…", "公布了…试点医院名单" up to three sentences
 * before the list, or a bare "名单如下：" heading over its rows. The programme is the list's.
 */
final class PublishedPilotLists {

    /**
     * "18家入选县医院分别是：A、B…": the sentence lists who was selected (the list's announcement may stand up to three
     * sentences before it).
     */
    private static final Pattern SELECTED_LIST =
            Pattern.compile("(?:入选|榜上有名|列入|确定为)[^。；;]{0,16}?(?:分别是|分别为|包括|名单|为[：:]|有[：:])");
    /** "名单如下：", "具体名单：": a heading over the rows of a list. */
    private static final Pattern LIST_HEADING = Pattern.compile("名单(?:如下)?[：:]?$");

    private static final StartChars SELECTED_LIST_STARTS = StartChars.of(SELECTED_LIST);

    /**
     * "A和B两家医院入选。", "A名列其中", "A光荣上榜，…": names, then a bare verb of selection that ends its clause; the list
     * they were selected from is the one published just before.
     */
    static final Pattern SELECTED_BARE =
            Pattern.compile("^(?:(?:等|[0-9一二三四五六七八九十两]+\\s*[家所个])[^。；;，,]{0,8}?)?\\s*(?:均|也|都|光荣|成功|顺利|双双|同时)?" + "(?:"
                    + PilotListHospitals.SELECTION_VERB + ")(?:其中)?\\s*(?:[，,。；;！!]|$)");

    /** A bare verb of selection, tried on every sentence that names no pilot: only at the characters it starts with. */
    private static final StartChars BARE_VERB_STARTS =
            StartChars.of(Pattern.compile(PilotListHospitals.SELECTION_VERB));

    /** Another selection named after the pilot list, which a bare "A入选" may be of: a ranking, an award, an assessment. */
    private static final Pattern OTHER_SELECTION = Pattern.compile("排行|榜单|排名|评选|评比|评审|表彰|[奖獎]|考核|认定|称号");
    /** A body that publishes designation lists. */
    private static final String GOVERNMENT_BODY =
            "(?:国家|国务院|卫健委|卫计委|卫生健康委|卫生计生委|卫生厅|卫生局|中医药局|中医药管理局|发展改革委|发改委|医改办|医保局|人民政府)";

    /** "…发布了《关于…500家县医院名单的通知》": the list a government body published, by its title. */
    private static final Pattern PUBLISHED_LIST = Pattern.compile(
            GOVERNMENT_BODY
                    + "[^。；;]{0,30}?(?:发布|公布|印发|下发|公示)[^。；;]{0,6}?《(?:关于)?(?:公布|印发|确定|下达)?(?<name>[^》]{4,60}?)(?:名单)?(?:的)?(?:通知|公告|公示)?》");

    /** "…公布了第二批<programme>试点医院名单，全省5家医疗机构入选": a pilot list, named without a title. */
    private static final Pattern PUBLISHED_PILOT_LIST = Pattern.compile(GOVERNMENT_BODY
            + "[^。；;]{0,30}?(?:发布|公布|印发|下发|公示|确定)(?:了)?[“\"]?(?<name>[^，,。；;“”\"《》]{2,40}?(?:试点(?:医院|单位|机构)?"
            // the county-capacity programme's stages and batches: "全面提升县级医院综合能力第二阶段县医院名单"
            + "|" + PilotProgrammes.COUNTY_CAPACITY + "))[”\"]?"
            // "国家卫健委公布了第一批国家分娩镇痛试点医院，…": the list of pilot hospitals, its word 名单 left out
            + "(?:名单|(?<=试点医院|试点单位|试点机构)(?=[，,。；;]))");

    private final PilotCategories categories;
    private final AdministrativeDivisions divisions;

    PublishedPilotLists(PilotCategories categories, AdministrativeDivisions divisions) {
        this.categories = categories;
        this.divisions = divisions;
    }

    /**
     * The programme of the selection sentence {@code s} (ending at {@code end}) lists, read from its context starting
     * at {@code contextStart}; null when it lists none.
     */
    PilotProgramme selectionListedIn(String text, String s, int contextStart, int end) {
        // "名单如下：" on a line of its own: the rows below are the list a body published just before
        String firstLine = s.strip().lines().findFirst().orElse("");
        boolean listHeading = PilotListHospitals.isHeading(firstLine)
                && LIST_HEADING.matcher(firstLine).find();
        boolean listed = SELECTED_LIST_STARTS.foundIn(s) || listHeading;
        if (!(listed || BARE_VERB_STARTS.foundIn(s))) {
            return null;
        }
        // the context is cut only for a sentence that lists a selection
        PilotProgramme programme = selection(text.substring(contextStart, end), listHeading);
        // a bare "A入选" takes only a pilot's list (not "…示范中心认定结果", "…区域医疗中心建设工作方案"), and only when no
        // other selection is named after it ("…试点医院名单。…医院综合排行榜…，A和B均上榜")
        if (listed || programme == null) {
            return programme;
        }
        String afterList = text.substring(contextStart + programme.announcedIn(), end);
        Matcher clauseEnd = CLAUSE_END.matcher(afterList);
        String after = clauseEnd.find() ? afterList.substring(clauseEnd.start()) : "";
        return programme.name().contains("试点")
                        && !OTHER_SELECTION.matcher(after).find()
                ? programme
                : null;
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！？]");

    /**
     * A designation not worded as 试点: the hospitals selected for a programme whose list a government body published
     * ("国家卫计委网站发布了《关于全面提升县级医院综合能力第一阶段500家县医院名单的通知》…入选县医院分别是：…"). The
     * programme is named by the list's title; without such a title nothing is read. Under a bare heading ("名单如下：")
     * the title must name a list (…名单).
     */
    private PilotProgramme selection(String context, boolean namedList) {
        Matcher list = PUBLISHED_LIST.matcher(context);
        if (!list.find() || (namedList && !list.group().contains("名单"))) {
            list = PUBLISHED_PILOT_LIST.matcher(context);
            if (!list.find()) {
                return null;
            }
        }
        String name = list.group("name").strip();
        if (name.endsWith("名单")) {
            name = name.substring(0, name.length() - 2);
        }
        String level = PilotLevels.levelOf(context.substring(list.start(), list.end()), divisions);
        return new PilotProgramme(name, level, categories.categoryOf(name), list.start());
    }
}
