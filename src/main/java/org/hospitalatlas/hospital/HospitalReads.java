package org.hospitalatlas.hospital;

/** The hospital list's filtered, sorted and paged read: SQL written by hand, so a repository fragment. */
interface HospitalReads {

    HospitalPage search(HospitalSearch search);
}
