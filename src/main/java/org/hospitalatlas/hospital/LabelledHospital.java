package org.hospitalatlas.hospital;

/** A hospital's id and label as {@link HospitalRepository#findLabelsBySlugIn} projects them. */
record LabelledHospital(
        Long id, String slug, String name, String province, String city, String level, String category) {

    HospitalLabels.Resolved resolved() {
        return new HospitalLabels.Resolved(id, new HospitalLabel(slug, name, province, city, level, category));
    }
}
