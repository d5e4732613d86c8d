package org.hospitalatlas.change;

/** A change with its place in the feed. */
record LoggedChange(Change change, ChangeCursor cursor) {}
