package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Branches (分院) named after their parent ({@link HospitalRecognizer}): the suffix scan reads the parent's name, and the
 * branch is a hospital of its own where the text profiles it or lists it by its place.
 */
final class BranchNames {

    private final AdministrativeDivisions divisions;

    BranchNames(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /** "宝山分院(第二冠名:…)是一所…", "城南分院始建于…": a branch the text goes on to describe as an institution. */
    private static final Pattern PROFILED_BRANCH = Pattern.compile(
            "^[\\u4e00-\\u9fa5]{2,4}?分院(?=\\s*(?:[（(][^）)]{0,30}[）)])?\\s*(?:是一所|是一家|始建于|创建于|创办于|成立于|位于|坐落于))");

    /**
     * "上海市第一人民医院宝山分院(第二冠名:宝山区吴淞中心医院)是一所…": a branch named after its parent that the text
     * profiles is a hospital of its own name, not its parent.
     */
    static void withProfiledBranches(String text, List<Candidate> out) {
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
     * "成员单位包括：A、湘潭市中心医院醴陵分院、B", "…、P东院区、…": an item of a list that names a branch or a campus
     * after its parent and its place (or side) is the branch, not its parent.
     */
    void withListedBranches(String text, List<Candidate> out) {
        for (int i = 0; i < out.size(); i++) {
            Candidate c = out.get(i);
            boolean item = c.start() == 0 || LIST_ITEM_START.indexOf(text.charAt(c.start() - 1)) >= 0;
            if (c.group() || !item || !c.surface().endsWith("医院") || c.end() >= text.length()) {
                continue;
            }
            String right = text.substring(c.end(), Math.min(text.length(), c.end() + 8));
            for (int length = 1; length <= 4 && length + 2 <= right.length(); length++) {
                int end = c.end() + length + 2;
                String where = right.substring(0, length);
                boolean campus =
                        right.startsWith("院区", length) && (length == 1 ? SIDES.contains(where) : isPlace(where));
                if ((campus || (length > 1 && right.startsWith("分院", length) && isPlace(where)))
                        && end < text.length()
                        && LIST_ITEM_END.indexOf(text.charAt(end)) >= 0) {
                    out.set(
                            i,
                            new Candidate(
                                    c.start(), end, text.substring(c.start(), end), c.anchored(), false, false, true));
                    break;
                }
            }
        }
    }

    /** A division's full or short name ("醴陵市", "醴陵"). */
    private boolean isPlace(String name) {
        List<AdministrativeDivisions.Match> full = divisions.findAll(name);
        return !divisions.byName(name).isEmpty()
                || (full.size() == 1 && full.get(0).start() == 0 && full.get(0).end() == name.length());
    }

    /** "东院区", "南院区": a campus named by its side of town. */
    private static final String SIDES = "东西南北";

    private static final String LIST_ITEM_END = "、，,和及；;。\n";
    private static final String LIST_ITEM_START = "、，,和及；;：:\n";
}
