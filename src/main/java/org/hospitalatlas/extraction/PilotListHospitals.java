package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hospitals a designation names: after a list opener ("…试点医院名单：A，B，C", "包括A在内", "分别是A、B"), before a
 * designation verb ("A、B等N家医院被确定为…试点"), where it is tried ("在A、B和C试点"), in the rows of a table under it,
 * in the list it announces ("…等10家医疗机构纳入…试点" and the ten names), or the projects of regional medical centres
 * named after their parent and place ("建设A江西医院、B赣州医院").
 */
final class PilotListHospitals {

    private PilotListHospitals() {}

    /** The verbs of a selection from a list: "入选", "光荣上榜", "名列其中". */
    static final String SELECTION_VERB = "入选|上榜|榜上有名|名列其中|位列其中|入围";

    /** A list follows: "…试点医院名单(河北4个)A，B", "包括A、B", "分别是A、B", "N家医院，其中X为A、B". */
    private static final Pattern LIST_OPENER = Pattern.compile("名单|包括|分别是|分别为|有[：:]|为[：:]|如下[：:]?"
            // "确定23家医院为…试点医院，其中省管医院为A、B，市管医院为C": the list after its count
            + "|[0-9一二三四五六七八九十两]+\\s*[家所个][^。；;]{0,30}?[，,]\\s*其中[^，,。；;、]{0,10}?为"
            // "确定60家医院为…建设单位和培育单位，其中，A、B入围": the names after 其中 and a comma
            + "|[0-9一二三四五六七八九十两]+\\s*[家所个][^。；;]{0,60}?[，,]\\s*其中\\s*[，,：:]");
    /** After a list of names: they were designated. */
    private static final Pattern DESIGNATED_AFTER =
            Pattern.compile("^(?:(?:等|[0-9一二三四五六七八九十两]+\\s*[家所个])[^。；;]{0,24}?)?\\s*(?:被|已|均|先后|同时|分别|共同)?\\s*"
                    + "(?:确定|列为|列入|纳入|入选|认定|遴选|评为|批准|获批|确认)(?:为|成为)?[^。；;]{0,40}?"
                    + "(?:试点|区域医疗中心(?:建设)?(?:项目|输出医院)|" + PilotProgrammes.COUNTY_CAPACITY + "名单)");

    /**
     * "A、B等5家医院将成为…试点医院", "A和B是…试点医院": a copula after a list of several names states their designation
     * (after one name, the designation reader reads it).
     */
    private static final Pattern LIST_IS =
            Pattern.compile("^(?:(?:等|[0-9一二三四五六七八九十两]+\\s*[家所个])[^。；;]{0,24}?)?\\s*(?:均|同时|都)?\\s*"
                    + "(?:(?:将|正式)?成为|是)[^。；;、]{0,40}?试点(?:医院|单位)");

    private static final Pattern TRIED_IN = Pattern.compile("在(?:[^，,。；;在]{0,10}[（(])?$");
    /** Between two listed names: list marks, and a note on the first ("A(永川区)、B"). */
    private static final Pattern LIST_GAP = Pattern.compile("(?:[（(][^（()）。，,]{1,12}[）)])?[、，,和及与\\s]{0,3}");

    private static final Pattern DESIGNATING_BEFORE = Pattern.compile("(?:确定|认定|遴选|批准|将|把|选定)$");
    private static final Pattern AS_PILOT_AFTER = Pattern.compile("^(?:等[^。；;]{0,24}?)?\\s*(?:作)?为[^。；;]{0,40}?试点");
    /** "在A、B和C试点": the names are where the programme is tried. */
    private static final Pattern TRIED_AT = Pattern.compile(
            "^\\s*(?:等[0-9一二三四五六七八九十两]+[家所个][^，,。；;]{0,30}?|等?[^，,。；;]{0,10}?)?(?:(?:开展|进行|实行|率先|先行|启动)(?:了)?[^，,。；;]{0,24}?)?试点");

    /** A designation that announces a list: a count of institutions, or a colon / 如下 at its end. */
    private static final Pattern ANNOUNCES_LIST =
            Pattern.compile("[0-9一二三四五六七八九十两]+\\s*[家所个](?:医院|医疗机构|单位|公立医院|县级医院|县医院)|[：:]\\s*$|如下|分别是|分别为");

    /** A table row or list line: names separated by | or a tab, with row numbers. */
    private static final Pattern TABLE_LINE = Pattern.compile("^[\\s\\d|｜.、，,\\t]*[\\u4e00-\\u9fa5]");

    private static boolean inParenthesis(String text, HospitalDirectory.Mention m) {
        int open = Math.max(text.lastIndexOf('(', m.start()), text.lastIndexOf('（', m.start()));
        int close = Math.max(text.lastIndexOf(')', m.start()), text.lastIndexOf('）', m.start()));
        int lineStart = text.lastIndexOf('\n', m.start());
        return open > close && open > lineStart;
    }

    /** A line of its own, short, without a full stop: a heading. */
    static boolean isHeading(String s) {
        String line = s.strip();
        return line.length() <= 30 && !line.contains("。") && !line.contains("，") && !line.contains(",");
    }

    /**
     * The hospitals a designation's sentence ({@code index}) names: in the sentence, else in the rows under it when it
     * is a heading of its own; with those of the list it announces after it.
     */
    static List<HospitalDirectory.Mention> designatedAround(
            String text, List<TextSegmenter.Span> sentences, int index, HospitalDirectory directory) {
        TextSegmenter.Span span = sentences.get(index);
        String s = text.substring(span.start(), span.end());
        List<HospitalDirectory.Mention> designated = new ArrayList<>(designated(text, span, s, directory));
        if (designated.isEmpty()
                && isHeading(s)
                && directory.mentionsIn(span.start(), span.end()).isEmpty()) {
            // "国家区域医疗中心第一批试点" on a line of its own, the designated hospitals on the lines below
            designated.addAll(tableRowsAfter(text, span.end(), directory));
        }
        if (ANNOUNCES_LIST.matcher(s).find()) {
            // "…等10家医疗机构纳入…试点" followed by the ten names: the list that follows is designated too
            for (HospitalDirectory.Mention m : namesListedAfter(text, sentences, index, directory)) {
                if (designated.stream().noneMatch(d -> d.name().equals(m.name()))) {
                    designated.add(m);
                }
            }
            if (designated.isEmpty()) {
                // "…913家医院入选，其中北京市有35家。" over the names, one per line
                designated.addAll(tableRowsAfter(text, span.end(), directory));
            }
        }
        return designated;
    }

    /** The hospitals a sentence designates: after a list opener, before a designation verb, or where it is tried. */
    private static List<HospitalDirectory.Mention> designated(
            String text, TextSegmenter.Span span, String s, HospitalDirectory directory) {
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        List<HospitalDirectory.Mention> out = new ArrayList<>();
        Matcher opener = LIST_OPENER.matcher(s);
        int pilotAt = s.indexOf("试点");
        if (opener.find() && opener.start() > pilotAt - 40) {
            int from = span.start() + opener.end();
            boolean heading = opener.group().equals("名单");
            for (HospitalDirectory.Mention m : mentions) {
                if (m.start() >= from) {
                    out.add(m);
                }
            }
            if (heading) {
                out.addAll(tableRowsAfter(text, span.end(), directory));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (List<HospitalDirectory.Mention> run : SentenceRoles.runs(text, mentions, LIST_GAP)) {
            // a list of names ("A、B和C试点") is designated or not as a whole, by the words around it
            HospitalDirectory.Mention m = run.get(0);
            HospitalDirectory.Mention last = run.get(run.size() - 1);
            String rest = text.substring(last.end(), Math.min(span.end(), last.end() + 60))
                    .replaceFirst("^[（(][^（()）。，,]{1,12}[）)]", "");
            // "在A、B和C试点", "在两所公立医院(A、B)开展试点"
            boolean triedAt = TRIED_AT.matcher(rest.replaceFirst("^[）)]", "")).find()
                    && TRIED_IN.matcher(text.substring(Math.max(span.start(), m.start() - 12), m.start()))
                            .find();
            // "确定省肿瘤医院等10家医院为…试点医院", "将A、B作为…试点": the verb before the list, 为 after it
            boolean designatedAround = DESIGNATING_BEFORE
                            .matcher(text.substring(Math.max(span.start(), m.start() - 4), m.start()))
                            .find()
                    && AS_PILOT_AFTER.matcher(rest).find();
            boolean listIs = run.size() >= 2 && LIST_IS.matcher(rest).find();
            // "…试点医院名单。…，A和B两家医院入选": selected from the list the sentence's context published
            boolean selected = PublishedPilotLists.SELECTED_BARE.matcher(rest).find();
            if (DESIGNATED_AFTER.matcher(rest).find() || triedAt || designatedAround || listIs || selected) {
                for (HospitalDirectory.Mention r : run) {
                    if (!out.contains(r)) {
                        out.add(r);
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * The rows of a table or list right after a heading: every line that names hospitals. Short lines between them
     * (row numbers, column headers, cell separators) are passed over; the list ends at the first line of prose.
     */
    private static List<HospitalDirectory.Mention> tableRowsAfter(String text, int from, HospitalDirectory directory) {
        List<HospitalDirectory.Mention> out = new ArrayList<>();
        int lineStart = text.indexOf('\n', from);
        int proseBefore = 0;
        while (lineStart >= 0 && lineStart + 1 < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart + 1);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart + 1, lineEnd).strip();
            List<HospitalDirectory.Mention> inLine = directory.mentionsIn(lineStart + 1, lineEnd).stream()
                    .filter(m -> !m.group())
                    .toList();
            boolean prose = line.contains("。") || (inLine.isEmpty() && line.length() > 16);
            if (!out.isEmpty() && inLine.isEmpty() && line.contains("试点")) {
                break; // the next heading: its rows are its own designation's
            }
            if (!prose && !inLine.isEmpty() && TABLE_LINE.matcher(line).find()) {
                for (HospitalDirectory.Mention m : inLine) {
                    if (!inParenthesis(text, m)) {
                        out.add(m); // "A(依托B)": B hosts A, it is not listed
                    }
                }
            } else if (prose && (!out.isEmpty() || ++proseBefore > 1)) {
                break;
            }
            lineStart = lineEnd < text.length() ? lineEnd : -1;
        }
        return out;
    }

    /**
     * The sentence (or line) right after {@code index} when it is a bare list of names: names cover most of it. Short
     * lines in between ("10家医疗机构", a column header) are passed over.
     */
    static List<HospitalDirectory.Mention> namesListedAfter(
            String text, List<TextSegmenter.Span> sentences, int index, HospitalDirectory directory) {
        for (int j = index + 1; j < Math.min(sentences.size(), index + 4); j++) {
            TextSegmenter.Span next = sentences.get(j);
            String s = text.substring(next.start(), next.end()).strip();
            List<HospitalDirectory.Mention> names = directory.mentionsIn(next.start(), next.end()).stream()
                    .filter(m -> !m.group())
                    .toList();
            int covered = names.stream().mapToInt(m -> m.end() - m.start()).sum();
            if (names.size() >= 2
                    && covered >= 0.6 * s.replaceAll("[\\s、，,。；;和及]", "").length()) {
                return names;
            }
            if (s.length() > 16) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The hospitals of a list in a sentence on regional medical centres that are all named after a parent hospital and
     * the place they are built in ("上海中医药大学附属龙华医院江西医院、南方医科大学南方医院赣州医院"): the centres' projects.
     */
    static List<HospitalDirectory.Mention> projectHospitals(
            String text, TextSegmenter.Span span, HospitalDirectory directory, AdministrativeDivisions divisions) {
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        List<HospitalDirectory.Mention> projects = new ArrayList<>();
        for (List<HospitalDirectory.Mention> run : SentenceRoles.runs(text, mentions, LIST_GAP)) {
            List<HospitalDirectory.Mention> inRun = run.stream()
                    .filter(m -> isProjectHospital(m.name(), divisions))
                    .toList();
            if (inRun.size() * 2 >= run.size()) {
                projects.addAll(inRun); // a name cut short in the list ("中日友好医院" of 中日友好医院江西医院) is left out
            }
        }
        return projects.size() >= 2 ? projects : List.of();
    }

    /** A parent hospital's name, then a place's name and 医院: "中国中医科学院广安门医院济南医院". */
    private static boolean isProjectHospital(String name, AdministrativeDivisions divisions) {
        int parentEnd = name.indexOf("医院");
        if (parentEnd < 4 || !name.endsWith("医院") || name.length() - parentEnd < 6) {
            return false;
        }
        String place = name.substring(parentEnd + 2, name.length() - 2);
        return place.length() <= 4 && !divisions.byName(place).isEmpty();
    }
}
