package org.hospitalatlas.extraction;

import java.util.List;

/** Two parties of a pair: the one that leads and the one that joins it. */
record PairSides(String lead, String member) {

    /**
     * The larger of two hospitals ({@link BilateralSigning#tier}) leads the other; of two cities' hospitals, the one in
     * a provincial capital leads ("昆明市儿童医院" and "玉溪市儿童医院"); null for two of one tier otherwise.
     */
    static PairSides byTier(String a, String b) {
        int tier = BilateralSigning.tier(a);
        int difference = tier - BilateralSigning.tier(b);
        if (difference == 0 && tier == 2) {
            difference = Boolean.compare(inCapital(a), inCapital(b));
        }
        return difference > 0 ? new PairSides(a, b) : difference < 0 ? new PairSides(b, a) : null;
    }

    /** Of two cities' hospitals of one tier, {@code a} is in a provincial capital and {@code b} is not. */
    static boolean capitalLeads(String a, String b) {
        return BilateralSigning.tier(a) == 2 && BilateralSigning.tier(b) == 2 && inCapital(a) && !inCapital(b);
    }

    /** A city's hospital in its province's capital: the name opens with the capital (its code ends in 0100). */
    private static boolean inCapital(String name) {
        List<AdministrativeDivisions.Match> places =
                AdministrativeDivisions.load().findAll(name);
        return !places.isEmpty()
                && places.get(0).start() == 0
                && places.get(0).division().level() == Division.Level.CITY
                && places.get(0).division().code().endsWith("0100");
    }
}
