package org.hospitalatlas.reform;

/** The fields a pilot list may be sorted by; each maps to a fixed SQL ordering. */
enum PilotSort {
    YEAR("p.year desc nulls last, h.name_zh, p.designation, p.id"),
    HOSPITAL("h.name_zh, p.year nulls last, p.designation, p.id"),
    CATEGORY("p.category, p.year nulls last, h.name_zh, p.id"),
    LEVEL("array_position(array['national', 'provincial', 'municipal', 'county'], p.level), p.year nulls last,"
            + " h.name_zh, p.id");

    private final String orderBy;

    PilotSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
