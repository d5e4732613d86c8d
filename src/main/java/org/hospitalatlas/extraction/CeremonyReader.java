package org.hospitalatlas.extraction;

import static org.hospitalatlas.extraction.ConsortiumRecords.record;
import static org.hospitalatlas.extraction.ConsortiumRecords.typeOf;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A consortium's signing or award ceremony held at a hospital ("武汉大学中南医院关节与运动医学科专科联盟签约授牌仪式在黄州区人民
 * 医院举行"): the consortium is named after its lead, and the host is the hospital that signs up as its member.
 */
final class CeremonyReader {

    private static final Pattern CEREMONY_AT_HOST =
            Pattern.compile("(?<name>[^，,。；;“”\"]{4,40}?(?:专科联盟|联盟|医联体|医共体|医疗集团|协作网))[”\"]?"
                    + "(?:签约|授牌|签约授牌|授牌签约|签约揭牌|揭牌签约|签约暨授牌|签约暨揭牌)(?:仪式|活动|大会)"
                    + "(?:在|于)(?<host>[^，,。；;]{2,30}?)(?:隆重)?(?:举行|举办|召开)");

    private CeremonyReader() {}

    static void ceremonyAtHost(
            String text,
            TextSegmenter.Span span,
            String s,
            HospitalDirectory directory,
            Map<String, ConsortiumFact> byName) {
        if ((!s.contains("签约") && !s.contains("授牌")) || (!s.contains("仪式") && !s.contains("活动") && !s.contains("大会"))) {
            return; // every form needs 签约 or 授牌 and a ceremony; the lazy name scan is slow on other sentences
        }
        Matcher m = CEREMONY_AT_HOST.matcher(s);
        while (m.find()) {
            int nameStart = span.start() + m.start("name");
            int nameEnd = span.start() + m.end("name");
            int hostStart = span.start() + m.start("host");
            int hostEnd = span.start() + m.end("host");
            List<HospitalDirectory.Mention> inName = directory.mentionsIn(nameStart, nameEnd).stream()
                    .filter(x -> !x.group())
                    .toList();
            List<HospitalDirectory.Mention> hosts = directory.mentionsIn(hostStart, hostEnd).stream()
                    .filter(h -> !h.group() && h.end() == hostEnd)
                    .toList();
            if (inName.size() != 1 || hosts.size() != 1) {
                continue;
            }
            // the consortium is named after its lead: its name opens the phrase, after at most a short lead-in ("当天")
            HospitalDirectory.Mention lead = inName.get(0);
            String host = hosts.get(0).name();
            if (lead.start() - nameStart > 6 || host.equals(lead.name())) {
                continue;
            }
            String name = text.substring(lead.start(), nameEnd);
            Evidence evidence = Evidence.of(text, lead.start(), hostEnd);
            record(byName, name, typeOf(name), lead.name(), List.of(host), null, evidence, 0.6);
        }
    }
}
