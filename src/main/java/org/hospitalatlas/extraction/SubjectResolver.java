package org.hospitalatlas.extraction;

/** Which hospital a statement at a given offset is about. */
interface SubjectResolver {

    /** The hospital's full name and how sure we are, or null when no hospital can be named. */
    Subject subjectAt(int offset);

    record Subject(String hospital, double confidence) {}
}
