package org.hospitalatlas.hospital;

import java.time.OffsetDateTime;

/**
 * Filters for the hospital list; null means "any". {@code province} and {@code city} match by prefix so
 * 湖南 finds 湖南省; {@code name} is a substring of the official name, an alias or the English name;
 * {@code updatedSince} keeps hospitals added or changed after it.
 */
record HospitalSearch(
        String province,
        String city,
        String level,
        String category,
        String name,
        OffsetDateTime updatedSince,
        HospitalSort sort,
        int page,
        int size) {}
