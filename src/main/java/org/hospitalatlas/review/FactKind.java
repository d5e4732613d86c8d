package org.hospitalatlas.review;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of fact a person can review, each with its table and the fields a correction may change. How each is
 * read as a {@link ReviewedFact} is SQL in {@link ReviewedFactsImpl}. The extracted key names a fact within its
 * document the way extraction and imports do (the table's unique key, with the document left out), so a changed
 * text's facts find the reviews of the facts they replace.
 */
public enum FactKind {
    INDICATOR_VALUES(
            "indicator-values",
            "indicator_value",
            List.of(ReviewCommand.VALUE, ReviewCommand.UNIT, ReviewCommand.YEAR, ReviewCommand.HOSPITAL)),
    REFORM_PILOTS("reform-pilots", "reform_pilot", List.of(ReviewCommand.YEAR, ReviewCommand.HOSPITAL)),
    CONSORTIA("consortia", "consortium", List.of(ReviewCommand.YEAR)),
    CONSORTIUM_MEMBERS("consortium-members", "consortium_member", List.of(ReviewCommand.HOSPITAL));

    private final String path;
    private final String table;
    private final List<String> correctable;

    FactKind(String path, String table, List<String> correctable) {
        this.path = path;
        this.table = table;
        this.correctable = correctable;
    }

    /** How the API names the kind: {@code /api/v1/facts/{path}/{id}}. */
    public String path() {
        return path;
    }

    /** The fact table, also the kind's name in {@code fact_review.fact_kind}. */
    String table() {
        return table;
    }

    /** The fields a correction of this kind may give, beside state and reason. */
    List<String> correctable() {
        return correctable;
    }

    static Optional<FactKind> ofPath(String path) {
        String wanted =
                path == null ? "" : path.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.path.equals(wanted)).findFirst();
    }

    static FactKind ofTable(String table) {
        return Arrays.stream(values())
                .filter(k -> k.table.equals(table))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fact kind " + table));
    }

    static Set<String> paths() {
        return Arrays.stream(values()).map(FactKind::path).collect(java.util.stream.Collectors.toSet());
    }
}
