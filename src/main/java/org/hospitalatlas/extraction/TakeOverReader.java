package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Take-overs (托管) whose subject the clause does not name: the hospital the text is about takes others over
 * (2009年整体托管洛川县医院) or is taken over by the one named (2003年1月由上海市第一人民医院托管).
 */
final class TakeOverReader {

    private TakeOverReader() {}

    /** Between two names of one list: "A、B", "A和B", "A及B". */
    private static final Pattern LIST_JOINER = Pattern.compile("\\s*(?:、|和|及|以及)\\s*");

    /** "2009年整体托管洛川县医院": the clause opens with the take-over; its subject is carried from before. */
    private static final Pattern TAKES_OVER_CLAUSE = Pattern.compile(
            "(?:^|[，,])\\s*(?:(?:19|20)[0-9]{2}\\s*年(?:[0-9]{1,2}\\s*月)?(?:份)?\\s*[，,]?\\s*)?(?:先后|相继|又|还)?(?:整体|全面|正式)?托管(?:了)?$");

    static void takesOverUnnamedSubject(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("托管")) {
            return;
        }
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end());
        for (int i = 0; i < mentions.size(); i++) {
            HospitalDirectory.Mention m = mentions.get(i);
            if (m.group()
                    || !TAKES_OVER_CLAUSE
                            .matcher(text.substring(span.start(), m.start()))
                            .find()) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(m.start());
            if (subject == null
                    || subject.hospital() == null
                    || subject.hospital().equals(m.name())) {
                continue;
            }
            int start = m.start();
            while (start > span.start() && "，, ".indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            // "相继托管了A、B和C": every hospital of the list after the verb is taken over
            List<String> taken = new ArrayList<>(List.of(m.name()));
            int end = m.end();
            while (i + 1 < mentions.size()
                    && !mentions.get(i + 1).group()
                    && LIST_JOINER
                            .matcher(text.substring(end, mentions.get(i + 1).start()))
                            .matches()) {
                i++;
                SentenceRoles.addOnce(taken, mentions.get(i).name());
                end = mentions.get(i).end();
            }
            taken.remove(subject.hospital());
            record(byName, null, "other", subject.hospital(), taken, null, Evidence.of(text, start, end), 0.6);
        }
    }

    /** "2003年1月由上海市第一人民医院托管": the clause's subject, carried from before, is taken over by the one named. */
    private static final Pattern TAKEN_OVER_BY = Pattern.compile(
            "(?:^|[，,])\\s*(?:(?:19|20)[0-9]{2}\\s*年(?:[0-9]{1,2}\\s*月)?(?:份)?\\s*[，,]?\\s*)?(?:并|且|再)?(?:被|由)$");

    private static final Pattern TAKES_OVER_AFTER =
            Pattern.compile("^\\s*(?:进行|实行|实施)?(?:整体|全面|正式)?托管(?:合作|管理|经营)?(?:[，,。；;]|$)");

    static void takenOverBy(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("托管")) {
            return;
        }
        for (HospitalDirectory.Mention m : directory.mentionsIn(span.start(), span.end())) {
            if (m.group()
                    || !TAKEN_OVER_BY
                            .matcher(text.substring(span.start(), m.start()))
                            .find()
                    || !TAKES_OVER_AFTER
                            .matcher(text.substring(m.end(), Math.min(span.end(), m.end() + 8)))
                            .find()) {
                continue;
            }
            SubjectResolver.Subject subject = directory.subjectAt(m.start());
            String taken = subject == null ? null : subject.hospital();
            if (taken == null) {
                // "在…建设长兴第二人民医院，并由浙医一院进行托管合作": the one hospital the sentence named before
                List<String> before = directory.mentionsIn(span.start(), m.start()).stream()
                        .filter(x -> !x.group())
                        .map(HospitalDirectory.Mention::name)
                        .distinct()
                        .toList();
                taken = before.size() == 1 ? before.get(0) : null;
            }
            if (taken == null || taken.equals(m.name())) {
                continue;
            }
            record(
                    byName,
                    null,
                    "other",
                    m.name(),
                    List.of(taken),
                    null,
                    Evidence.of(text, span.start(), span.end()),
                    0.6);
        }
    }

    /** "区政府与A签订《关于B委托管理合作协议》": a government signs with A an agreement whose title entrusts B to it. */
    private static final Pattern GOVERNMENT_WITH =
            Pattern.compile("(?:" + SentenceRoles.GOVERNMENT + "|管委会)(?:[^，,。；;与]{0,10}?)?与$");

    private static final Pattern SIGNS_TITLE = Pattern.compile("^(?:正式)?(?:签订|签署)(?:了)?《(?:关于)?$");

    private static final Pattern ENTRUSTED_TITLE =
            Pattern.compile("^(?:的)?(?:委托管理|托管|委托经营|委托运营)(?:(?!医院|卫生院)[^》。；;]){0,16}?(?:协议|合同|协议书)》");

    /** "…的补充条款，终止了原协议": the agreement is ended, not made. */
    private static final Pattern ENDED = Pattern.compile("终止|解除|撤销|废止");

    static void entrustedByTitle(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if (!s.contains("《")
                || !(s.contains("托管") || s.contains("委托"))
                || ENDED.matcher(s).find()) {
            return;
        }
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            HospitalDirectory.Mention signer = mentions.get(i);
            HospitalDirectory.Mention entrusted = mentions.get(i + 1);
            if (signer.name().equals(entrusted.name())
                    || entrusted.start() < signer.end()
                    || !GOVERNMENT_WITH
                            .matcher(text.substring(Math.max(span.start(), signer.start() - 24), signer.start()))
                            .find()
                    || !SIGNS_TITLE
                            .matcher(text.substring(signer.end(), entrusted.start()))
                            .matches()
                    || !ENTRUSTED_TITLE
                            .matcher(text.substring(entrusted.end(), Math.min(span.end(), entrusted.end() + 30)))
                            .find()) {
                continue;
            }
            record(
                    byName,
                    null,
                    "other",
                    signer.name(),
                    List.of(entrusted.name()),
                    null,
                    Evidence.of(text, signer.start(), entrusted.end()),
                    0.6);
        }
    }
}
