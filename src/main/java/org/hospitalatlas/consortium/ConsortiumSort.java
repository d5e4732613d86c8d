package org.hospitalatlas.consortium;

/** The fields a consortium list may be sorted by; each maps to a fixed SQL ordering. */
enum ConsortiumSort {
    NAME("c.name, c.id"),
    ESTABLISHED("c.established_on desc nulls last, c.name, c.id"),
    MEMBERS("member_count desc, c.name, c.id"),
    TYPE("c.type, c.name, c.id");

    private final String orderBy;

    ConsortiumSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
