package org.hospitalatlas.extraction;

/**
 * The programme a pilot list designates hospitals for: its name, level and category, as {@link PilotProgrammes} or
 * {@link PublishedPilotLists} read them.
 *
 * @param announcedIn where a list's announcement starts in the context it was read from, or -1
 */
record PilotProgramme(String name, String level, String category, int announcedIn) {

    PilotProgramme(String name, String level, String category) {
        this(name, level, category, -1);
    }
}
