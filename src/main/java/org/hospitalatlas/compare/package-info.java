/**
 * What crosses features: comparisons of hospitals ({@code /compare}, {@code /compare/matrix}, {@code
 * /compare/indicators}), rankings ({@code /indicators/{code}/ranking}), coverage, conflicting figures, and the
 * hospital profile ({@code /hospitals/{slug}/profile}), which puts together five modules' reads and so cannot
 * live in hospital, which the document import needs below it. It calls the indicator module's {@link
 * org.hospitalatlas.indicator.MetricValues}; rankings, coverage and conflicts still compose their SQL from that
 * module's published query pieces over {@code indicator_value} (see docs/modules.md).
 */
package org.hospitalatlas.compare;
