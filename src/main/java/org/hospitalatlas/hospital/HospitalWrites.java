package org.hospitalatlas.hospital;

import java.util.Collection;

/** The hospital register's hand-written writes ({@link HospitalWritesImpl}): a fragment of {@link HospitalRepository}. */
interface HospitalWrites {

    /**
     * Deletes those of {@code candidates} that nothing mentions any more and that came with a document (made in a
     * document's transaction), never a hospital a hospitals.csv import registered nor one older than the record of
     * when hospitals were made (V040); answers how many.
     */
    int deleteUnreferenced(Collection<Long> candidates);
}
