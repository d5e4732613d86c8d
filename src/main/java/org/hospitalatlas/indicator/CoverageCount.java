package org.hospitalatlas.indicator;

/** How many hospitals have a level figure for a code in a year, or (year null) in any year. */
public record CoverageCount(String code, Integer year, int hospitals) {}
