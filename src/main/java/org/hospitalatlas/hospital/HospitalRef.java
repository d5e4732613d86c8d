package org.hospitalatlas.hospital;

/** How other modules refer to a hospital: by id internally, by slug and name to clients. */
public record HospitalRef(long id, String slug, String name) {}
