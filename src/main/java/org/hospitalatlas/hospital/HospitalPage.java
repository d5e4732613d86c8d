package org.hospitalatlas.hospital;

import java.util.List;

/** One page of hospitals and the total that matched. */
public record HospitalPage(List<HospitalSummary> items, long total) {}
