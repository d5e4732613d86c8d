/**
 * Indicators: the catalogue ({@code V004}, {@code /indicators}) with the derived ratios ({@link
 * org.hospitalatlas.indicator.MetricCatalogue}), the stored values and their writes, and the reads every comparison
 * is built on ({@link org.hospitalatlas.indicator.MetricValues}: best figure per hospital, year and kind, with
 * evidence and conflicts), rankings, coverage and disagreements, all read through {@code IndicatorValueRepository}'s
 * fragments from SQL pieces composed in {@code MetricSql}. Serves one hospital's series, {@code /hospitals/{slug}/indicators}: it is this module's
 * data keyed by a hospital, and the hospital module must not depend on it (documents import through both).
 */
package org.hospitalatlas.indicator;
