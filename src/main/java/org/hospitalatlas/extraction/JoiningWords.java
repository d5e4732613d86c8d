package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which a list joins a consortium ({@link RoleWords}): "B、C等N家加入", "A加入B…联盟", "A整体并入B医疗集团",
 * and the sentence's subject joining in a later clause ("…，此次加入B…联盟").
 */
final class JoiningWords {

    private JoiningWords() {}

    private static final Pattern JOINS_AFTER =
            Pattern.compile("^(?:等[^，,。；;]{0,14}?)?\\s*(?:于当日|于当天|当日|当天|同日)?\\s*(?:先后|陆续|相继|正式|也|均|共同|一起|自愿)?\\s*"
                    + "(?:挂牌|签约)?\\s*(?:举行(?:了)?)?(?:加入|整体并入|并入)");

    /** "B、C等N家加入", "A加入B…联盟": the list joins; the hospital right after 加入 leads. The runs used, or 0. */
    static int joins(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            String after,
            List<String> leads,
            List<String> members) {
        if (!JOINS_AFTER.matcher(after).find()) {
            return subjectJoins(text, span, runs, r, leads, members);
        }
        List<HospitalDirectory.Mention> run = runs.get(r);
        int runEnd = run.get(run.size() - 1).end();
        HospitalDirectory.Mention next = r + 1 < runs.size() ? runs.get(r + 1).get(0) : null;
        addMembers(text, run, members);
        Matcher joins = JOINS_AFTER.matcher(after);
        joins.find();
        // "A加入B…联盟": the hospital right after 加入 leads what A joins
        if (next != null && next.start() - (runEnd + joins.end()) <= 1) {
            addOnce(leads, next.name());
            return 2;
        }
        return 1;
    }

    /** "…，此次加入": the sentence's subject joins, in a later clause, the consortium of the hospital named next. */
    private static final Pattern SUBJECT_JOINS =
            Pattern.compile("^[^。；;！？]{0,40}?[，,\\s](?:此次|本次|这次|日前|近日|已|已经|正式|成功)*加入$");

    private static final Pattern JOINED_CONSORTIUM =
            Pattern.compile("^[\\u4e00-\\u9fa5]{0,16}?(?:专科联盟|联盟|医联体|医共体|医疗集团|协作网)");

    /**
     * "黄州区人民医院骨科发展迅速,…,此次加入武汉大学中南医院关节与运动医学专科联盟": the subject joins the consortium named after
     * the hospital right after 加入, which leads it. The runs used (the subject and the lead), or 0.
     */
    private static int subjectJoins(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            List<String> leads,
            List<String> members) {
        if (r != 0 || runs.get(0).size() != 1 || runs.size() < 2 || runs.get(1).size() != 1) {
            return 0;
        }
        HospitalDirectory.Mention subject = runs.get(0).get(0);
        if (!SentenceRoles.opensSentence(text, span, subject)) {
            return 0;
        }
        HospitalDirectory.Mention next = runs.get(1).get(0);
        String between = text.substring(subject.end(), next.start());
        if (!SUBJECT_JOINS.matcher(between).find()
                || between.contains("将")
                || between.contains("申请")
                || !JOINED_CONSORTIUM.matcher(text.substring(next.end())).find()
                || subject.name().equals(next.name())) {
            return 0;
        }
        addOnce(members, subject.name());
        addOnce(leads, next.name());
        return 2;
    }
}
