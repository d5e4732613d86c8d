package org.hospitalatlas.extraction;

/** Two parties of a pair: the one that leads and the one that joins it. */
record PairSides(String lead, String member) {

    /** The larger of two hospitals ({@link BilateralSigning#tier}) leads the other; null for two of one tier. */
    static PairSides byTier(String a, String b) {
        int difference = BilateralSigning.tier(a) - BilateralSigning.tier(b);
        return difference > 0 ? new PairSides(a, b) : difference < 0 ? new PairSides(b, a) : null;
    }
}
