package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.MemberNames.addMembers;
import static org.hospitalatlas.extraction.SentenceRoles.addOnce;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One hospital takes another over, runs it or supports it (托管, 委托…运营管理, 全权负责…的管理, 对口支援): the words of
 * {@link RoleWords} that join a run and the next list as lead and members.
 */
final class TakeOverWords {

    private static final Pattern HANDED_TO = Pattern.compile("(?:及其[^，,。；;]{0,14}?)?(?:整体|全面)?托管给");
    private static final Pattern TAKES_OVER = Pattern.compile("(?:将|已|已经)?(?:全面|整体|正式)?托管(?:了|的)?"
            // "A自2007年对口支援B": counterpart support, the supporting hospital leads
            + "|(?:自(?:19|20)[0-9]{2}年(?:起)?)?(?:长期|持续|开始|正式)?(?:组团式)?对口(?:支援|帮扶)(?:了)?"
            // "A组团式帮扶B": a team sent to support
            + "|(?:将|已|正式)?组团式(?:支援|帮扶)(?:了)?"
            // "委托A运营管理B", "A运营管理B后": one hospital runs the other
            + "|(?:将|已|正式)?(?:全面|整体)?(?:负责)?(?:" + TakeOverWords.RUNS_ANOTHER + ")(?:了)?");

    /** "A运营管理B": the words of one hospital running another. */
    static final String RUNS_ANOTHER = "运营管理|经营管理";
    /** "A将对B进行整体托管", "A向B提供全面对口支援": 对 or 向 before the one taken over or supported, the verb after it. */
    private static final Pattern TOWARDS =
            Pattern.compile("\\s*(?:将|已|已经|正式|于[^，,。；;]{1,10}?)?[对向]\\s*(?:即将建成的|新建的|在建的|建成后的)?\\s*");

    /** "B今后将由A全面托管", "将B交由A托管": the take-over told from the side taken over. */
    private static final Pattern BY = Pattern.compile("\\s*(?:今后|以后|正式)?(?:将)?(?:交)?由\\s*");

    /** "B建成后将全面委托A运营管理", "B委托A托管": the one taken over entrusts itself to the lead. */
    private static final Pattern ENTRUSTS =
            Pattern.compile("\\s*(?:[^，,。；;]{0,6}?后)?(?:将|已|正式)?(?:全面|整体)?委托(?:给)?\\s*");

    private static final Pattern ENTRUSTED_AFTER = Pattern.compile("\\s*(?:全面|整体)?(?:进行)?(?:托管|运营管理|经营管理|运营|管理)"
            // not an institute or office named after the lead ("A管理研究所")
            + "(?!研究|所|中心|学院|部|处|局|委员会|公司|办公室|科)");

    private static final Pattern TAKES_OVER_AFTER_BY = Pattern.compile("\\s*(?:全面|整体|统一)?(?:进行)?托管");

    /** "A全权负责B的日常管理和运行": one hospital runs another. */
    private static final Pattern RUNS = Pattern.compile("\\s*(?:将|已|已经|正式)?(?:全权|全面)?负责\\s*");

    private static final Pattern RUN_AFTER = Pattern.compile("\\s*的\\s*(?:日常|全面)?(?:经营)?(?:管理|运营|运行|经营)");

    private static final Pattern TAKEN_OVER_AFTER =
            Pattern.compile("\\s*(?:[（(][^）)]{0,16}[）)])?(?:进行|实行|实施|开展)(?:了)?(?:整体|全面|紧密型)?托管"
                    // "A向B提供全面对口支援"
                    + "|\\s*(?:提供|开展|实施|实行|进行)(?:了)?[^，,。；;]{0,10}?(?:对口支援|对口帮扶|结对帮扶)");

    /** "A…，全面托管B并建设成为分院": a later clause of A's sentence takes B over. */
    private static final Pattern SUBJECT_TAKES_OVER = Pattern.compile("[，,]\\s*(?:并|还|已|先后|同时)?(?:全面|整体|正式)?托管(?:了)?$");

    private TakeOverWords() {}

    /**
     * 托管 handed to the next list ("将B…托管给C"), the next list taken over ("A全面托管B、C"), or the run taken over by the
     * sentence's subject ("A…，全面托管B"): the runs used, or 0.
     */
    static int takeOver(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            String before,
            List<String> leads,
            List<String> members) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        int runEnd = run.get(run.size() - 1).end();
        HospitalDirectory.Mention next = r + 1 < runs.size() ? runs.get(r + 1).get(0) : null;
        if (next != null
                && HANDED_TO.matcher(text.substring(runEnd, next.start())).matches()) {
            addMembers(text, run, members); // "将B及其下设的社区卫生服务机构整体托管给C": C leads
            addOnce(leads, next.name());
            return 2;
        }
        if (next != null
                && run.size() == 1
                && TAKES_OVER.matcher(text.substring(runEnd, next.start())).matches()) {
            addOnce(leads, run.get(0).name()); // "A全面托管B、C": A leads
            addMembers(text, runs.get(r + 1), members);
            return 2;
        }
        // "B今后将由A全面托管", "将B交由A托管": the one after 由 takes the run over; "B建成后将全面委托A运营管理": the
        // one it is entrusted to
        if (next != null
                && (wordsAroundObject(text, span, runs, r, BY, TAKES_OVER_AFTER_BY)
                        || wordsAroundObject(text, span, runs, r, ENTRUSTS, ENTRUSTED_AFTER))) {
            addMembers(text, run, members);
            addOnce(leads, next.name());
            return 2;
        }
        // "由A全权负责B的日常管理和运行": A runs B; "A将对B进行整体托管", "A向B提供全面对口支援": A leads
        if (next != null
                && run.size() == 1
                && (wordsAroundObject(text, span, runs, r, RUNS, RUN_AFTER)
                        || wordsAroundObject(text, span, runs, r, TOWARDS, TAKEN_OVER_AFTER))) {
            addOnce(leads, run.get(0).name());
            addMembers(text, runs.get(r + 1), members);
            return 2;
        }
        if (r > 0
                && SUBJECT_TAKES_OVER.matcher(before).find()
                && SentenceRoles.opensSentence(text, span, runs.get(0).get(0))
                && run.stream()
                        .noneMatch(m -> m.name().equals(runs.get(0).get(0).name()))) {
            addOnce(leads, runs.get(0).get(0).name()); // the sentence's subject takes B over
            addMembers(text, run, members);
            return 1;
        }
        return 0;
    }

    /** The words between run {@code r} and the next match {@code between}, and the words after the next {@code after}. */
    private static boolean wordsAroundObject(
            String text,
            TextSegmenter.Span span,
            List<List<HospitalDirectory.Mention>> runs,
            int r,
            Pattern between,
            Pattern after) {
        List<HospitalDirectory.Mention> run = runs.get(r);
        List<HospitalDirectory.Mention> object = runs.get(r + 1);
        int objectEnd = object.get(object.size() - 1).end();
        return between.matcher(text.substring(
                                run.get(run.size() - 1).end(), object.get(0).start()))
                        .matches()
                && after.matcher(text.substring(objectEnd, Math.min(span.end(), objectEnd + 16)))
                        .lookingAt();
    }
}
