package org.hospitalatlas.consortium;

/** A consortium as listed, with the ids its details and comparison go on from: its own and its lead's. */
record ListedConsortium(long id, Long leadId, ConsortiumSummary summary) {}
