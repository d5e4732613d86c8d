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

    void add(String phrase, T value) {
        if (phrase.isEmpty()) {
            return;
        }
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
        List<Entry<T>> candidates = byFirstChar.get(text.charAt(i));
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
