package org.hospitalatlas.web;

/** One offending input of a problem's {@code errors} list: the field or parameter, and what is wrong with it. */
record FieldProblem(String field, String message) {}
