package org.hospitalatlas.web;

/** {@code review}: every figure but rejected ones (any, the default), or only confirmed or corrected ones. */
public enum ReviewFilter {
    ANY,
    CONFIRMED;

    /** Whether only figures a person confirmed or corrected are asked for; false when absent. */
    public static boolean confirmedOnly(ReviewFilter review) {
        return review == CONFIRMED;
    }
}
