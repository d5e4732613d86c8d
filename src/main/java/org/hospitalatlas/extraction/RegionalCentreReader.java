package org.hospitalatlas.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regional medical centre built by an output and an input hospital ("以A为输出医院、B为输入医院…建设X区域医疗中心"), dated
 * by the later sentence that says it was hung out (挂牌) at the input hospital.
 */
final class RegionalCentreReader {

    private RegionalCentreReader() {}

    private static final Pattern OUTPUT_INPUT =
            Pattern.compile("(?<out>[^，,；;。由]{2,30}?)为输出医院[、，,和及]\\s*(?<in>[^，,；;。]{2,30}?)为输入医院");
    private static final Pattern CENTRE_NAME = Pattern.compile("(?:建设|共建|打造|创建)(?<name>[^，,；;。]{2,30}?区域医疗中心)");

    /** "A为输出医院、B为输入医院，…建设X区域医疗中心": the centre, A its output and B its input hospital. */
    static void regionalCentre(ConsortiumSentence sentence) {
        String text = sentence.text();
        HospitalDirectory directory = sentence.directory();
        if (!sentence.s().contains("为输出医院")) {
            return; // the pattern's lazy prefix would try every position of every sentence (bench/README.md)
        }
        Matcher oi = OUTPUT_INPUT.matcher(sentence.s());
        if (!oi.find()) {
            return;
        }
        List<HospitalDirectory.Mention> outputs = sentence.mentionsIn(oi, "out");
        List<HospitalDirectory.Mention> inputs = sentence.mentionsIn(oi, "in");
        Matcher centre = CENTRE_NAME.matcher(sentence.s());
        if (outputs.isEmpty() || inputs.isEmpty() || !centre.find(oi.end())) {
            return;
        }
        String output = outputs.get(outputs.size() - 1).name();
        String input = inputs.get(0).name();
        String name = centre.group("name").strip();
        ConsortiumFact.Established established = null;
        // the centre opens later, where the text says it was hung out (挂牌) with a full date
        for (TextSegmenter.Span later : sentence.segments().sentences()) {
            if (later.start() <= sentence.span().start()
                    || later.start() > sentence.span().end() + 1500) {
                continue;
            }
            String ls = text.substring(later.start(), later.end());
            if (ls.contains("挂牌")
                    && directory.mentionsIn(later.start(), later.end()).stream()
                            .anyMatch(m -> m.name().equals(input))) {
                ConsortiumFact.Established d = ConsortiumDates.dateIn(ls, later.start(), sentence.years());
                if (d != null && "day".equals(d.precision())) {
                    established = d;
                    break;
                }
            }
        }
        sentence.add(
                name,
                "regional_medical_center",
                output,
                List.of(
                        new ConsortiumFact.Member(output, "output_hospital"),
                        new ConsortiumFact.Member(input, "input_hospital")),
                established,
                sentence.evidence(),
                0.85);
    }
}
