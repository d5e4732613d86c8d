package org.hospitalatlas.extraction;

import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/** A name whose place the backward scan of {@link HospitalRecognizer} cut off at a stop character (无为县, 从化区). */
final class PlaceBeforeStop {

    private final AdministrativeDivisions divisions;

    PlaceBeforeStop(AdministrativeDivisions divisions) {
        this.divisions = divisions;
    }

    /**
     * "无为县人民医院": a place whose name holds a stop character (为, 于, 和) was cut off by the backward scan; when the
     * characters before "县人民医院" name a place, they start the name.
     */
    Candidate widen(String text, Candidate c) {
        if (c == null || c.anchored() || c.start() < 2 || "县市区旗".indexOf(text.charAt(c.start())) < 0) {
            return c;
        }
        for (int length = 3; length >= 2; length--) {
            int start = c.start() - length;
            if (start < 0) {
                continue;
            }
            String place = text.substring(start, c.start());
            boolean wordStart = start == 0
                    || !HospitalNames.isHan(text.charAt(start - 1))
                    || HospitalNames.isStopChar(text.charAt(start - 1))
                    // "包括从化区中医医院": with its 区 the place is a division's full name, whatever comes before it
                    || (length == 2
                            && "和与及".indexOf(place.charAt(0)) < 0
                            && divisions.byName(place + text.charAt(c.start())).stream()
                                    .anyMatch(d -> d.name().equals(place + text.charAt(c.start()))));
            if (wordStart
                    && place.chars().anyMatch(ch -> HospitalNames.STOP_CHARS.indexOf(ch) >= 0)
                    && (!divisions.byName(place).isEmpty() || renamedCity(place))) {
                return new Candidate(start, c.end(), text.substring(start, c.end()), true, false, c.group(), true);
            }
        }
        return c;
    }

    /** 即墨市: a county-level city since made a district (即墨区) is still written with 市. */
    private boolean renamedCity(String place) {
        return place.length() == 3
                && place.endsWith("市")
                && !divisions.byName(place.substring(0, 2)).isEmpty();
    }
}
