package org.hospitalatlas.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hospitalatlas.extraction.HospitalRecognizer.Candidate;

/**
 * The city, county and province a document's hospitals are in, for expanding an abbreviation (市妇幼保健院 → 南阳市妇幼保健院
 * in a 南阳 document, 省肿瘤医院 → 吉林省肿瘤医院): the one its hospitals' full names start with most, else the one the
 * text names most often anywhere. Each may be null.
 */
record DocumentPlaces(String city, String county, String province) {

    static DocumentPlaces of(
            String text,
            List<AdministrativeDivisions.Match> places,
            AdministrativeDivisions divisions,
            List<Candidate> candidates) {
        // "县精神卫生中心和县疾控中心": 和县 there is a conjunction, not the county
        List<AdministrativeDivisions.Match> named = places.stream()
                .filter(m -> !NameBeforeSuffix.isConjunctionNotPlace(text, m))
                .toList();
        String city = dominant(places, divisions, Division.Level.CITY, candidates);
        String county = dominant(places, divisions, Division.Level.COUNTY, candidates);
        String documentCity = city != null ? city : mostNamed(named, divisions, Division.Level.CITY);
        String documentCounty =
                writtenAs(county != null ? county : mostNamed(named, divisions, Division.Level.COUNTY), named, text);
        String province = dominant(places, divisions, Division.Level.PROVINCE, candidates);
        String documentProvince = province != null ? province : mostNamed(named, divisions, Division.Level.PROVINCE);
        return new DocumentPlaces(documentCity, documentCounty, documentProvince);
    }

    /**
     * When no full hospital name places the document: the city (or county) the text names most often anywhere, its
     * title, dateline or publisher line included ("主办：云阳县人民政府"), if one is named more often than any other.
     */
    private static String mostNamed(
            List<AdministrativeDivisions.Match> places, AdministrativeDivisions divisions, Division.Level level) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (AdministrativeDivisions.Match m : places) {
            if (level == Division.Level.CITY && m.division().level() == Division.Level.PROVINCE) {
                continue; // a municipality named as a province is not the city of a short form
            }
            atLevel(m.division(), level, divisions).ifPresent(x -> votes.merge(x.name(), 1, Integer::sum));
        }
        return winner(votes, true);
    }

    /**
     * A division as the text writes it, for expanding a short form the way the text would: 秀山县 for
     * 秀山土家族苗族自治县 when the text never writes the official name. Null stays null.
     */
    private static String writtenAs(String official, List<AdministrativeDivisions.Match> places, String text) {
        if (official == null) {
            return null;
        }
        String written = null;
        char level = official.charAt(official.length() - 1);
        for (AdministrativeDivisions.Match m : places) {
            if (!m.division().name().equals(official)) {
                continue;
            }
            String surface = text.substring(m.start(), m.end());
            if (surface.equals(official)) {
                return official;
            }
            if (written == null && surface.length() >= 2 && surface.charAt(surface.length() - 1) == level) {
                written = surface;
            }
        }
        return written != null ? written : official;
    }

    /** The city (or county) the document's hospitals are in, e.g. 南阳市, for expanding 市妇幼保健院. */
    private static String dominant(
            List<AdministrativeDivisions.Match> places,
            AdministrativeDivisions divisions,
            Division.Level level,
            List<Candidate> candidates) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Cancellation.check();
            if (!c.anchored()) {
                continue;
            }
            for (AdministrativeDivisions.Match m : places) {
                if (m.start() == c.start()) {
                    atLevel(m.division(), level, divisions).ifPresent(x -> votes.merge(x.name(), 2, Integer::sum));
                }
            }
        }
        return winner(votes, false);
    }

    /** The division at {@code level} that contains {@code d} (itself when it is at that level). */
    private static Optional<Division> atLevel(Division d, Division.Level level, AdministrativeDivisions divisions) {
        if (d.level() == level) {
            return Optional.of(d);
        }
        return switch (level) {
            case CITY -> divisions.city(d);
            case PROVINCE -> divisions.province(d);
            default -> Optional.empty();
        };
    }

    /** The name with the most votes (the first named on a tie), or null; with {@code unique}, null on a tie. */
    private static String winner(Map<String, Integer> votes, boolean unique) {
        String best = null;
        int bestVotes = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
                tie = false;
            } else if (e.getValue() == bestVotes) {
                tie = true;
            }
        }
        return unique && tie ? null : best;
    }
}
