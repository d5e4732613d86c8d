package org.hospitalatlas.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Picks the candidates closest to an unknown identifier, for "did you mean" answers. */
public final class CloseMatches {

    private CloseMatches() {}

    public static List<String> of(String wanted, Collection<String> candidates, int limit) {
        if (wanted == null || wanted.isBlank()) {
            return List.of();
        }
        int tolerance = Math.max(2, wanted.length() / 2);
        return candidates.stream()
                .map(c -> new Scored(c, distance(wanted, c)))
                .filter(s -> s.distance <= tolerance || s.candidate.contains(wanted) || wanted.contains(s.candidate))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .limit(limit)
                .map(Scored::candidate)
                .toList();
    }

    private record Scored(String candidate, int distance) {}

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
