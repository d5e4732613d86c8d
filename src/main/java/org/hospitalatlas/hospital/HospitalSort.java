package org.hospitalatlas.hospital;

/** The fields a hospital list may be sorted by; each maps to a fixed SQL ordering. */
enum HospitalSort {
    NAME("h.name_zh, h.id"),
    PROVINCE("h.province nulls last, h.city nulls last, h.name_zh, h.id"),
    CITY("h.city nulls last, h.name_zh, h.id"),
    LEVEL("h.level nulls last, h.name_zh, h.id"),
    CATEGORY("h.category nulls last, h.name_zh, h.id");

    private final String orderBy;

    HospitalSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
