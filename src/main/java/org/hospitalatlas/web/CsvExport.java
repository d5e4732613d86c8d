package org.hospitalatlas.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose answer is a table, so OpenAPI documents its {@code text/csv} form and the
 * {@code format} parameter. The CSV converter itself writes any body; this is what clients are promised.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CsvExport {}
