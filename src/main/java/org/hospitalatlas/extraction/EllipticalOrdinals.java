package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * Numbered hospitals of one place listed with the shared words said once ("岳阳市第二、第四人民医院"): each ordinal is a
 * hospital of its own, named in full (岳阳市第二人民医院, 岳阳市第四人民医院); the name is read from the list, not
 * written at the first ordinal.
 */
final class EllipticalOrdinals {

    private static final String ORDINAL = "第[一二三四五六七八九十]{1,3}";

    private static final Pattern LISTED = Pattern.compile("(?<ords>" + ORDINAL + "(?:[、和及]" + ORDINAL
            + ")*)[、和及](?<last>" + ORDINAL + ")(?<core>人民医院|中医医院|中医院|中心医院|医院)");

    private static final Pattern ONE = Pattern.compile(ORDINAL);

    private EllipticalOrdinals() {}

    /** {@code out} with each such list's hospitals, replacing what was read of its last item alone. */
    static void add(String text, List<AdministrativeDivisions.Match> places, List<Candidate> out) {
        if (text.indexOf("、第") < 0 && text.indexOf("和第") < 0 && text.indexOf("及第") < 0) {
            return;
        }
        Matcher m = LISTED.matcher(text);
        while (m.find()) {
            AdministrativeDivisions.Match at = placeEndingAt(places, m.start());
            if (at == null) {
                continue; // "第二、第四人民医院" with no place: whose they are is not said here
            }
            int listStart = at.start();
            String place = text.substring(listStart, m.start());
            String core = m.group("core");
            int lastStart = m.start("last");
            List<Candidate> listed = new ArrayList<>();
            Matcher ord = ONE.matcher(m.group("ords"));
            while (ord.find()) {
                int start = ord.start() == 0 ? listStart : m.start("ords") + ord.start();
                listed.add(new Candidate(
                        start, m.start("ords") + ord.end(), place + ord.group() + core, true, false, false, true));
            }
            listed.add(new Candidate(lastStart, m.end(), place + m.group("last") + core, true, false, false, true));
            out.removeIf(c -> c.start() < m.end() && c.end() > listStart);
            out.addAll(listed);
        }
    }

    private static AdministrativeDivisions.Match placeEndingAt(List<AdministrativeDivisions.Match> places, int end) {
        for (AdministrativeDivisions.Match p : places) {
            if (p.end() == end) {
                return p;
            }
        }
        return null;
    }
}
