package org.hospitalatlas.hospital;

import java.util.List;

/** One hospital with the other names it goes by. */
public record HospitalDetails(
        String slug,
        String name,
        String nameEn,
        List<String> aliases,
        String province,
        String city,
        String district,
        String level,
        String category,
        String ownership,
        Integer foundedYear) {}
