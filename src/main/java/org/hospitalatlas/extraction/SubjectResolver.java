package org.hospitalatlas.extraction;

/** Which hospital a statement at a given offset is about. */
interface SubjectResolver {

    /** The hospital's full name and how sure we are, or null when no hospital can be named. */
    Subject subjectAt(int offset);

    /**
     * Like {@link #subjectAt} for a figure: null also when the figure may belong to another institution its sentence
     * names, since a figure given to the wrong hospital is worse than none.
     */
    default Subject figureSubjectAt(int offset) {
        return subjectAt(offset);
    }

    record Subject(String hospital, double confidence) {}
}
