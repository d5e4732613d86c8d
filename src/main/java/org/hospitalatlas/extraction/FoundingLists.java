package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.SentenceRoles.addOnce;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of hospitals that founds a consortium by itself ({@link ListShapes}): counted as forming it ("A、B、C，3家医院组成了
 * …联盟") or signing its charter ("A、B、C相关负责人共同签署了…联盟章程同意书"). Its hospitals co-lead it; no single one
 * leads.
 */
final class FoundingLists {

    /** "A和B、C、D…，4家医院组成了…联盟": the hospitals counted form it together and co-lead it. */
    private static final Pattern COUNTED_FORM = Pattern.compile(
            "^[^。；;]*?(?<n>[0-9]{1,2}|[一二三四五六七八九十两])\\s*家(?:医院|医疗机构|单位)(?:共同|联合)?(?:组成|组建|发起成立|结成)(?:了)?"
                    + "[^，,。；;]{0,20}?(?:联盟|医联体|协作网|共同体|协作体)");

    /**
     * "A、B、C、D相关负责人共同签署了…联盟章程同意书": the list signs an alliance's charter, or three or more sign its
     * agreement, as its founders.
     */
    private static final Pattern SIGNS_CHARTER =
            Pattern.compile("^\\s*(?:等(?:(?!成员)[^，,。；;]){0,10}?)?(?:的)?(?:相关)?(?:负责人|代表|院长)?"
                    + "(?:共同|一起|联合)?(?:签署|签订)(?:了)?[^，,。；;]{0,30}?联盟[^，,。；;]{0,4}?(?<paper>章程|同意书|公约|协议)");

    private FoundingLists() {}

    /** "A和B、C…，3家医院组成了…联盟" (the count the list's length): they co-lead it, no single lead. */
    static int countedAsForming(List<List<HospitalDirectory.Mention>> runs, int r, String after, List<String> leads) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        if (after.indexOf('家') < 0) {
            return 0;
        }
        Matcher counted = COUNTED_FORM.matcher(after);
        if (!counted.find()) {
            return 0;
        }
        int runEnd = run.get(run.size() - 1).end();
        boolean beforeNext = r + 1 >= runs.size() || runs.get(r + 1).get(0).start() >= runEnd + counted.end();
        boolean all = ChineseNumberParser.parse(counted.group("n"))
                .map(n -> n.intValue() == run.size())
                .orElse(false);
        if (!beforeNext || !all) {
            return 0;
        }
        run.forEach(m -> addOnce(leads, m.name()));
        return 1;
    }

    /** "A、B、C相关负责人共同签署了…联盟章程": the founders co-lead it, no single lead. */
    static int signsCharter(List<HospitalDirectory.Mention> run, String after, List<String> leads) {
        Matcher signs = SIGNS_CHARTER.matcher(after);
        if (!signs.find() || (signs.group("paper").equals("协议") && run.size() < 3)) {
            return 0;
        }
        run.forEach(m -> addOnce(leads, m.name()));
        return 1;
    }
}
