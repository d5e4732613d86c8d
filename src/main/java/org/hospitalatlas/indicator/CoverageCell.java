package org.hospitalatlas.indicator;

import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;

/** The years one hospital has level figures for one code, and the latest of them. */
public record CoverageCell(HospitalLabel hospital, String code, List<Integer> years, int latestYear) {}
