package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hospitalatlas.extraction.HospitalDirectory.Mention;

/** The hospitals a document names ({@link HospitalDirectory}), in text order, with each name's surfaces and count. */
final class DocumentMentions {

    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Set<String>> surfaces = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    DocumentMentions(List<Mention> found) {
        for (Mention m : found) {
            mentions.add(m);
            surfaces.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(m.surface());
            counts.merge(m.name(), 1, Integer::sum);
        }
    }

    /** Every mention, in text order. */
    List<Mention> all() {
        return mentions;
    }

    /** The surfaces each name is written as, names in the order first named. */
    Map<String, Set<String>> surfacesByName() {
        return surfaces;
    }

    /** How often the text names {@code name}. */
    int count(String name) {
        return counts.get(name);
    }

    /** The hospital named at {@code offset}, if a mention covers it. */
    Optional<Mention> at(int offset) {
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() <= offset && offset < m.end()) {
                return Optional.of(m);
            }
            if (m.start() > offset) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Mentions inside [start, end). */
    List<Mention> in(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Cancellation.check();
            if (m.start() >= start && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    /** Gives each mention of a name in {@code renamed} the name it maps to. */
    void rename(Map<String, String> renamed) {
        mentions.replaceAll(m -> renamed.containsKey(m.name())
                ? new Mention(m.start(), m.end(), m.surface(), renamed.get(m.name()), m.group())
                : m);
        surfaces.clear();
        counts.clear();
        for (Mention m : mentions) {
            Cancellation.check();
            surfaces.computeIfAbsent(m.name(), k -> new LinkedHashSet<>()).add(m.surface());
            counts.merge(m.name(), 1, Integer::sum);
        }
    }
}
