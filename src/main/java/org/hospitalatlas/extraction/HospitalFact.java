package org.hospitalatlas.extraction;

import java.util.List;

/**
 * A hospital the document mentions. {@code name} is the full official name; {@code aliases} the other
 * forms the document used for it (简称, short forms). Division fields come from GB/T 2260 data and may be
 * null; {@code level} is e.g. 三级甲等, {@code category} one of 综合/中医/中西医结合/妇幼/儿童/肿瘤/骨科/专科/基层.
 * {@code main} marks the document's subject hospital (the one 该院/我院 refer to).
 */
public record HospitalFact(
        String name,
        List<String> aliases,
        String province,
        String city,
        String district,
        String level,
        String category,
        Integer foundedYear,
        boolean main,
        Evidence evidence,
        double confidence) {}
