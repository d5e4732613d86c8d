/**
 * Hospitals: the register (names, aliases, division, level, category), lookup by slug or name, and the labels other
 * modules put on their answers ({@link org.hospitalatlas.hospital.HospitalLabels}). Serves {@code /hospitals} and
 * {@code /hospitals/{slug}}. The document import creates and resolves hospitals through {@link
 * org.hospitalatlas.hospital.HospitalService}; this module depends on no other feature.
 */
package org.hospitalatlas.hospital;
