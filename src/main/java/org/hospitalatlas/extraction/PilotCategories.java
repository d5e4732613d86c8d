package org.hospitalatlas.extraction;

import java.util.ArrayList;
import java.util.List;

/** Keywords that put a pilot designation in a category (pilot-categories.tsv); the first listed match wins. */
final class PilotCategories {

    private record Rule(String keyword, String category) {}

    private final List<Rule> rules = new ArrayList<>();

    private PilotCategories() {}

    static PilotCategories load() {
        PilotCategories categories = new PilotCategories();
        for (String[] row : ResourceText.rows("pilot-categories.tsv")) {
            categories.rules.add(new Rule(row[0].strip(), row[1].strip()));
        }
        return categories;
    }

    String categoryOf(String designation) {
        String upper = designation.toUpperCase(java.util.Locale.ROOT);
        for (Rule r : rules) {
            if (upper.contains(r.keyword())) {
                return r.category();
            }
        }
        return "other";
    }
}
