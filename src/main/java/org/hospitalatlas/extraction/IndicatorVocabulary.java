package org.hospitalatlas.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The extractor's side of the one indicator vocabulary: the codes, the words that name them (indicator-aliases.tsv)
 * and the units their figures may carry (indicator-units.tsv). Codes are the public API (the catalogue migration V004,
 * which {@code IndicatorVocabularyTest} holds these files to); words and units are data, so a new wording needs no
 * code change.
 */
final class IndicatorVocabulary {

    static final String BLOCK = "!block";
    static final String SCOPE = "!scope";
    /** A written-out figure without unit ("门诊人次248.4万"). */
    private static final String NO_UNIT = "-";
    /** 1 亩 = 10000/15 m², the statutory definition; results are rounded to 0.01 m². */
    private static final BigDecimal SQUARE_METRES_PER_MU =
            new BigDecimal("2000").divide(new BigDecimal("3"), 10, RoundingMode.HALF_UP);

    record Unit(String catalogueUnit, Set<String> accepted) {}

    private final PhraseMatcher<String> aliases = new PhraseMatcher<>();
    private final Map<String, Unit> units = new HashMap<>();

    private IndicatorVocabulary() {}

    static IndicatorVocabulary load() {
        IndicatorVocabulary catalogue = new IndicatorVocabulary();
        for (String[] row : ResourceText.rows("indicator-units.tsv")) {
            catalogue.units.put(
                    row[0].strip(),
                    new Unit(
                            row[1].strip(),
                            new HashSet<>(Arrays.asList(row[2].strip().split(",")))));
        }
        for (String[] row : ResourceText.rows("indicator-aliases.tsv")) {
            String code = row[1].strip();
            if (!code.startsWith("!") && !catalogue.units.containsKey(code)) {
                throw new IllegalStateException("alias for unknown indicator code " + code);
            }
            catalogue.aliases.add(row[0].strip(), code);
        }
        return catalogue;
    }

    List<PhraseMatcher.Match<String>> findAliases(String text) {
        return aliases.findAll(text);
    }

    PhraseMatcher.Match<String> aliasAt(String text, int offset) {
        return offset < text.length() ? aliases.longestAt(text, offset) : null;
    }

    boolean acceptsWithoutUnit(String code) {
        Unit u = units.get(code);
        return u != null && u.accepted().contains(NO_UNIT);
    }

    /**
     * The figure converted to the code's catalogue unit, or empty when its unit does not fit (a % figure for a
     * count, 元 for beds).
     */
    Optional<BigDecimal> convert(String code, Quantity q) {
        Unit u = units.get(code);
        if (u == null) {
            return Optional.empty();
        }
        String surface = q.unit() == null ? NO_UNIT : q.unit();
        if (!u.accepted().contains(surface)) {
            return Optional.empty();
        }
        if (surface.equals("亩")) {
            return Optional.of(ChineseNumberParser.normalize(
                    q.value().multiply(SQUARE_METRES_PER_MU).setScale(2, RoundingMode.HALF_UP)));
        }
        return Optional.of(q.value());
    }

    String unitOf(String code) {
        Unit u = units.get(code);
        return u == null ? null : u.catalogueUnit();
    }
}
