package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.QUOTED_NAME;
import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consortium's founding meeting ("“X联盟”成立大会在A召开") and the hospitals the sentence right after it counts in
 * ("包括A、B、C在内的13家医院院长出席了会议"). Reads a document's sentences in order, remembering the founding meeting of
 * the sentence before.
 */
final class FoundingMeetingReader {

    /** A consortium's founding meeting: its name, and the hospital its name starts with (that leads it). */
    private record Founding(String name, String type, String lead) {}

    private static final Pattern FOUNDING_EVENT = Pattern.compile("成立大会|成立仪式|启动仪式|启动大会|启动会|揭牌仪式|成立暨");
    private static final StartChars FOUNDING_EVENT_STARTS = StartChars.of(FOUNDING_EVENT);

    private static final Pattern COUNTED_IN = Pattern.compile("^在内的?[^，,。；;]{0,16}?[0-9一二三四五六七八九十两]+[家所个]");

    private static final Pattern ATTENDEE_GAP = Pattern.compile("[、，,和及\\s]{0,3}");

    /** The founding meeting the sentence read last names, or null. */
    private Founding current;
    /** The founding meeting the sentence before it names, or null: the one whose attendees the last may count in. */
    private Founding previous;

    /** Reads the founding meeting a sentence names, if any; the one the sentence before named becomes the previous. */
    void read(String text, TextSegmenter.Span span, String s, HospitalDirectory directory) {
        previous = current;
        current = founding(text, span, s, directory);
    }

    private static Founding founding(String text, TextSegmenter.Span span, String s, HospitalDirectory directory) {
        if (!FOUNDING_EVENT_STARTS.foundIn(s)) {
            return null;
        }
        Matcher q = QUOTED_NAME.matcher(s);
        if (!q.find()) {
            return null;
        }
        int nameStart = span.start() + q.start("name");
        String lead = directory.mentionsIn(nameStart, span.start() + q.end("name")).stream()
                .filter(m -> m.start() == nameStart && !m.group())
                .map(HospitalDirectory.Mention::name)
                .findFirst()
                .orElse(null);
        return new Founding(q.group("name"), typeOf(q.group("name")), lead);
    }

    /**
     * "“X联盟”成立大会在A召开。包括A、B、C在内的13家医院院长出席了会议": the hospitals counted in right after a
     * consortium's founding meeting are its founding members.
     */
    void attendees(
            String text, TextSegmenter.Span span, HospitalDirectory directory, Map<String, ConsortiumFact> byName) {
        Founding founding = previous;
        if (founding == null) {
            return;
        }
        List<HospitalDirectory.Mention> mentions = directory.mentionsIn(span.start(), span.end()).stream()
                .filter(m -> !m.group())
                .toList();
        for (List<HospitalDirectory.Mention> run : SentenceRoles.runs(text, mentions, ATTENDEE_GAP)) {
            int end = run.get(run.size() - 1).end();
            boolean countedIn =
                    COUNTED_IN.matcher(text.substring(end, span.end())).find()
                            && text.substring(span.start(), run.get(0).start()).endsWith("包括");
            if (countedIn && run.size() >= 2) {
                List<String> members = run.stream()
                        .map(HospitalDirectory.Mention::name)
                        .distinct()
                        .toList();
                Evidence evidence = Evidence.of(text, span.start(), span.end());
                record(byName, founding.name(), founding.type(), founding.lead(), members, null, evidence, 0.6);
            }
        }
    }
}
