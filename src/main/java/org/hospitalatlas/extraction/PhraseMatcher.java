package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds fixed phrases in text, left to right, longest phrase first at each position, without overlaps. Phrases are
 * grouped by their first character so a scan costs one map lookup per character, not one regex per phrase.
 */
final class PhraseMatcher<T> {

    record Match<T>(int start, int end, String phrase, T value) {}

    private record Entry<T>(String phrase, T value) {}

    private final Map<Character, List<Entry<T>>> byFirstChar = new HashMap<>();
    /** A bit per character that starts a phrase: most characters of a text start none, and skip the map's boxing. */
    private final long[] firstChars = new long[1 << 10];

    void add(String phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
        firstChars[phrase.charAt(0) >>> 6] |= 1L << phrase.charAt(0);
        List<Entry<T>> list = byFirstChar.computeIfAbsent(phrase.charAt(0), c -> new ArrayList<>());
        list.removeIf(e -> e.phrase().equals(phrase));
        list.add(new Entry<>(phrase, value));
        list.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().length()).reversed());
    }

    List<Match<T>> findAll(String text) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Match<T> m = longestAt(text, i);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    Match<T> longestAt(String text, int i) {
        char first = text.charAt(i);
        if ((firstChars[first >>> 6] & (1L << first)) == 0) {
            return null;
        }
        List<Entry<T>> candidates = byFirstChar.get(first);
        if (candidates != null) {
            for (Entry<T> e : candidates) {
                if (text.startsWith(e.phrase(), i)) {
                    return new Match<>(i, i + e.phrase().length(), e.phrase(), e.value());
                }
            }
        }
        return null;
    }
}
