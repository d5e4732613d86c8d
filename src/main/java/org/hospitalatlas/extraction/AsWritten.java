package org.hospitalatlas.extraction;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Maps facts read from the simplified form of a text back to the text as written: quotes are cut from the written
 * text at the same offsets, and a name that occurs in the simplified text is spelled as the written text spells it
 * there (貴州省人民醫院). Names the extractor composed (a short form expanded with its city) stay simplified.
 */
final class AsWritten {

    private final String written;
    private final String simplified;
    /** For each offset of the text read (and its end), the offset in the written text; null when they are the same. */
    private final int[] toWritten;

    AsWritten(String written, String simplified) {
        this(written, simplified, null);
    }

    /** {@code read} is the written text simplified and with {@link PinyinAnnotations} taken out, mapped by {@code toWritten}. */
    AsWritten(String written, String read, int[] toWritten) {
        this.written = written;
        this.simplified = read;
        this.toWritten = toWritten;
    }

    private int at(int offset) {
        return toWritten == null ? offset : toWritten[offset];
    }

    /** The end offset in the written text of a span of the text read that ends at {@code end}. */
    private int endAt(int end) {
        return toWritten == null || end == 0 ? end : toWritten[end - 1] + 1;
    }

    ExtractionResult apply(ExtractionResult r) {
        List<HospitalFact> hospitals = r.hospitals().stream()
                .map(h -> new HospitalFact(
                        name(h.name()),
                        aliases(h),
                        h.province(),
                        h.city(),
                        h.district(),
                        h.level(),
                        h.category(),
                        h.foundedYear(),
                        h.main(),
                        evidence(h.evidence()),
                        h.confidence()))
                .toList();
        List<IndicatorFact> indicators = r.indicators().stream()
                .map(f -> new IndicatorFact(
                        name(f.hospital()),
                        f.code(),
                        f.year(),
                        f.kind(),
                        f.value(),
                        f.unit(),
                        f.qualifier(),
                        f.target(),
                        evidence(f.evidence()),
                        f.confidence()))
                .toList();
        List<PilotFact> pilots = r.pilots().stream()
                .map(p -> new PilotFact(
                        name(p.hospital()),
                        p.year(),
                        name(p.name()),
                        p.level(),
                        p.category(),
                        evidence(p.evidence()),
                        p.confidence(),
                        designation(p.designation())))
                .toList();
        Set<String> hospitalNames = new HashSet<>();
        r.hospitals().forEach(h -> hospitalNames.add(h.name()));
        List<ConsortiumFact> consortia = r.consortia().stream()
                .map(c -> new ConsortiumFact(
                        name(c.name()),
                        c.type(),
                        name(c.lead()),
                        c.members().stream()
                                .map(m -> new ConsortiumFact.Member(
                                        hospitalNames.contains(m.hospital())
                                                ? name(m.hospital())
                                                : memberName(m.hospital()),
                                        m.role()))
                                .toList(),
                        c.established(),
                        evidence(c.evidence()),
                        c.confidence()))
                .toList();
        return new ExtractionResult(r.publishedOn(), hospitals, indicators, pilots, consortia);
    }

    /**
     * The hospital's short forms as written, and its name in the other script: a name written in traditional
     * characters is also known in simplified ones, and a name the annotations interrupt ("醫(yī)院", kept as read) is
     * also known as written without them, so that either form finds the hospital.
     */
    private List<String> aliases(HospitalFact h) {
        Set<String> aliases = new LinkedHashSet<>();
        String name = name(h.name());
        aliases.add(h.name());
        aliases.add(writtenAround(h.name()));
        for (String alias : h.aliases()) {
            aliases.add(name(alias));
            aliases.add(alias);
            aliases.add(expandedAsWritten(h.name(), alias));
        }
        aliases.remove(name);
        aliases.remove(null);
        return List.copyOf(aliases);
    }

    /**
     * A name the extractor composed from a short form and its place (縣人民醫院 in a 秀山縣 text → 秀山县人民医院) spelled
     * as the text spells both parts (秀山縣人民醫院), or null when either part is not in the text.
     */
    private String expandedAsWritten(String name, String shortForm) {
        if (shortForm.length() < 2 || shortForm.length() >= name.length() || !name.endsWith(shortForm.substring(1))) {
            return null;
        }
        String place = name.substring(0, name.length() - shortForm.length() + 1);
        String writtenPlace = writtenAround(place);
        String writtenShort = writtenAround(shortForm);
        return writtenPlace == null || writtenShort == null ? null : writtenPlace + writtenShort.substring(1);
    }

    /** The characters written for each character of a name read, the annotations between them left out. */
    private String writtenAround(String name) {
        int at = name == null || name.isEmpty() ? -1 : simplified.indexOf(name);
        if (at < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = at; i < at + name.length(); i++) {
            out.append(written.charAt(at(i)));
        }
        return out.toString();
    }

    private Designation designation(Designation d) {
        return new Designation(name(d.body()), name(d.documentNumber()), name(d.batch()), d.batchNumber(), d.date());
    }

    private Evidence evidence(Evidence e) {
        return e == null ? null : Evidence.of(written, at(e.start()), endAt(e.end()));
    }

    /**
     * A member the document states nothing else about (a township centre) has no hospital entry to carry its other
     * spellings, so its name is the text's own, annotations and all ("舊店中心衛(wèi)生院").
     */
    private String memberName(String name) {
        String span = writtenSpan(name);
        return span != null ? span : name;
    }

    private String name(String name) {
        String span = writtenSpan(name);
        // a name the annotations interrupt ("醫(yī)院") is kept as read
        return span != null && span.length() == name.length() ? span : name;
    }

    /** The written text where the text read has {@code name} first, annotations included; null when it has none. */
    private String writtenSpan(String name) {
        int at = name == null || name.isEmpty() ? -1 : simplified.indexOf(name);
        return at < 0 ? null : written.substring(at(at), endAt(at + name.length()));
    }
}
