package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consortium's members listed line by line under a heading ("成员单位名单：", "专科联盟首届理事单位成员名单"), read once the
 * whole document is read, when its one lead is known.
 */
final class HeadingListReader {

    private HeadingListReader() {}

    /**
     * "联盟单位（按省市排序）", "成员单位名单：", "专科联盟首届理事单位成员名单": a heading over lines that list a consortium's
     * members.
     */
    private static final Pattern MEMBER_LIST_HEADING =
            Pattern.compile("^(?:[\\u4e00-\\u9fa5]{0,16}?(?:联盟|医联体|医共体|集团))?(?:首届|第[一二三四五六七八九十0-9]{1,3}届)?(?:理事单位)?"
                    + "(?:成员单位|联盟单位|成员医院|成员名单|联盟成员|理事单位)(?:名单)?(?:[（(][^）)]{0,12}[）)])?[：:]?$");
    /**
     * What a list line may hold besides names: a province or city label, a row number, list marks, a bracketed note,
     * the department a member takes part with ("宜昌市人民医院皮肤科").
     */
    private static final Pattern LIST_LINE_REST = Pattern.compile("[\\u4e00-\\u9fa5]{2,8}[：:]|[（(][^）)]{0,16}[）)]"
            + "|^\\s*[0-9]{1,3}\\s*[、.．)）]|以及|(?<=^|[、，,；;\\s])[\\u4e00-\\u9fa5]{1,5}科(?=$|[、，,；;。\\s])|[、，,；;。\\s]");
    /**
     * A numbered row that names an institution the directory does not know as a hospital ("7、婺源县地方病防治所"): a
     * member as written.
     */
    private static final Pattern INSTITUTION_ROW =
            Pattern.compile("^\\s*[0-9]{1,3}\\s*[、.．)）]\\s*(?<name>[\\u4e00-\\u9fa5]{2,20}?"
                    + "(?:防治所|防治院|防治站|防治中心|卫生院|卫生服务中心|卫生服务站|保健院|保健所|保健计划生育服务中心))\\s*$");

    /** The members listed under a heading, and where the list ends. */
    private record MemberList(List<String> members, int end) {}

    /**
     * Members listed line by line under a heading ("联盟单位（按省市排序）\n北京市：A、B\n天津市：C"): members of the
     * document's consortium when the document names one lead.
     */
    static void listedUnderHeading(
            String text,
            TextSegmenter segments,
            HospitalDirectory directory,
            List<String> knownLeads,
            Map<String, ConsortiumFact> byName) {
        List<TextSegmenter.Span> paragraphs = segments.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TextSegmenter.Span heading = paragraphs.get(i);
            if (!MEMBER_LIST_HEADING
                    .matcher(text.substring(heading.start(), heading.end()).strip())
                    .matches()) {
                continue;
            }
            // the document's one lead, else the hospital the heading's consortium is named after ("A医联体成员单位")
            String lead = knownLeads.size() == 1 ? knownLeads.get(0) : namedInHeading(text, heading, directory);
            if (lead == null) {
                continue;
            }
            MemberList listed = listedAfter(text, directory, paragraphs, i);
            List<String> members = listed.members();
            members.remove(lead);
            if (!members.isEmpty()) {
                ConsortiumFact led = byName.values().stream()
                        .filter(c -> lead.equals(c.lead()))
                        .findFirst()
                        .orElse(null);
                String type = led != null ? led.type() : typeOf(text.substring(heading.start(), heading.end()));
                record(
                        byName,
                        led != null ? led.name() : null,
                        type,
                        lead,
                        members,
                        null,
                        Evidence.of(text, heading.start(), listed.end()),
                        0.6);
            }
        }
    }

    /** The hospital whose name opens the heading, right before a consortium's word: "A医联体成员单位". */
    private static String namedInHeading(String text, TextSegmenter.Span heading, HospitalDirectory directory) {
        return directory.mentionsIn(heading.start(), heading.end()).stream()
                .filter(m -> !m.group()
                        && text.substring(heading.start(), m.start()).isBlank()
                        && NAMED_AFTER
                                .matcher(text.substring(m.end(), heading.end()))
                                .lookingAt())
                .map(HospitalDirectory.Mention::name)
                .findFirst()
                .orElse(null);
    }

    private static final Pattern NAMED_AFTER = Pattern.compile("(?:医联体|医共体|医疗集团|集团|专科联盟|联盟)");

    /** The members listed on the lines after the heading at {@code heading}, up to the first line that is not one. */
    private static MemberList listedAfter(
            String text, HospitalDirectory directory, List<TextSegmenter.Span> paragraphs, int heading) {
        List<String> members = new ArrayList<>();
        int end = paragraphs.get(heading).end();
        for (int j = heading + 1; j < paragraphs.size(); j++) {
            TextSegmenter.Span line = paragraphs.get(j);
            List<HospitalDirectory.Mention> names = directory.mentionsIn(line.start(), line.end()).stream()
                    .filter(m -> !m.group())
                    .toList();
            if (names.isEmpty()) {
                Matcher row = INSTITUTION_ROW.matcher(text.substring(line.start(), line.end()));
                if (!row.matches()) {
                    break; // the list ends at the first line that is not one
                }
                SentenceRoles.addOnce(members, row.group("name"));
                end = line.end();
                continue;
            }
            // "A，B，以及X镇、Y镇和Z镇3所卫生院": township centres named by their places and counted, kept as written
            List<String> places = new ArrayList<>();
            String rest =
                    MemberNames.countedPlaces(withoutNames(text, line, names).toString(), places);
            if (!LIST_LINE_REST.matcher(rest).replaceAll("").isEmpty()) {
                break;
            }
            names.stream().map(HospitalDirectory.Mention::name).forEach(n -> SentenceRoles.addOnce(members, n));
            places.forEach(n -> SentenceRoles.addOnce(members, n));
            end = line.end();
        }
        return new MemberList(members, end);
    }

    /** The line with the names in it left out: what {@link #LIST_LINE_REST} must account for. */
    private static StringBuilder withoutNames(
            String text, TextSegmenter.Span line, List<HospitalDirectory.Mention> names) {
        StringBuilder rest = new StringBuilder();
        int at = line.start();
        for (HospitalDirectory.Mention m : names) {
            rest.append(text, at, Math.max(at, m.start()));
            at = Math.max(at, m.end());
        }
        rest.append(text, at, line.end());
        return rest;
    }
}
