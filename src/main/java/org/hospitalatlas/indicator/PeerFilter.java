package org.hospitalatlas.indicator;

/** The hospitals ranked together: a province (a prefix of its name), a level and a category, each null for any. */
public record PeerFilter(String province, String level, String category) {}
