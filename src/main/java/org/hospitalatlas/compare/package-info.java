/**
 * What crosses features: comparisons of hospitals ({@code /compare}, {@code /compare/matrix}, {@code
 * /compare/indicators}), rankings ({@code /indicators/{code}/ranking}), coverage, conflicting figures, and the
 * hospital profile ({@code /hospitals/{slug}/profile}), which puts together five modules' reads and so cannot
 * live in hospital, which the document import needs below it. It holds no SQL: figures, rankings, coverage and
 * disagreements come from the indicator module's public reads ({@link org.hospitalatlas.indicator.MetricValues},
 * {@link org.hospitalatlas.indicator.MetricRankings}, {@link org.hospitalatlas.indicator.MetricCoverage}, {@link
 * org.hospitalatlas.indicator.FigureDisputes}), which are set-based queries of that module's repository fragments.
 */
package org.hospitalatlas.compare;
