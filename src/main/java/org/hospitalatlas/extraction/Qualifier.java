package org.hospitalatlas.extraction;

/** How exactly a figure is stated: 约/余 (approx), 不超过 (at_most), 以上 (at_least), or plainly. */
enum Qualifier {
    EXACT("exact"),
    APPROX("approx"),
    AT_MOST("at_most"),
    AT_LEAST("at_least");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
