package org.hospitalatlas.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.hospitalatlas.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue and the derived ratios are read once and kept while the data version stands; a change to either is
 * seen as soon as it commits, and a change rolled back is never kept.
 */
@IntegrationTest
class IndicatorCatalogueIT {

    private static final String REVENUE_PER_BED = "Operating revenue per open bed";

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    MetricCatalogue metrics;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void restoreNames() {
        jdbc.sql("update indicator set name_en = 'Open beds' where code = 'beds_open' and name_en <> 'Open beds'")
                .update();
        jdbc.sql("update derived_indicator set name_en = '%s' where code = 'revenue_per_bed' and name_en <> '%s'"
                        .formatted(REVENUE_PER_BED, REVENUE_PER_BED))
                .update();
    }

    @Test
    void readsTheCatalogueOnceWhileNothingIsWritten() {
        IndicatorCatalogue.Kept first = catalogue.current();

        metrics.require("beds_open");
        catalogue.all();

        assertThat(catalogue.current()).as("the same read, not a new one").isSameAs(first);
    }

    @Test
    void seesACatalogueChangeAsSoonAsItCommits() {
        assertThat(catalogue.require("beds_open").nameEn()).isEqualTo("Open beds");
        assertThat(metrics.require("beds_open").nameEn()).isEqualTo("Open beds");

        jdbc.sql("update indicator set name_en = 'Beds in use' where code = 'beds_open'")
                .update();

        assertThat(catalogue.require("beds_open").nameEn()).isEqualTo("Beds in use");
        assertThat(metrics.require("beds_open").nameEn()).isEqualTo("Beds in use");
        assertThat(catalogue.all()).anyMatch(d -> d.nameEn().equals("Beds in use"));
    }

    @Test
    void seesADerivedRatioChangeAsSoonAsItCommits() {
        String code = "revenue_per_bed";
        assertThat(metrics.require(code).nameEn()).isEqualTo(REVENUE_PER_BED);

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(
                        status -> jdbc.sql("update derived_indicator set name_en = 'Renamed ratio' where code = :code")
                                .param("code", code)
                                .update());

        assertThat(metrics.require(code).nameEn()).isEqualTo("Renamed ratio");
        assertThat(metrics.all()).anyMatch(info -> info.nameEn().equals("Renamed ratio"));
    }

    @Test
    void neverKeepsAChangeThatWasRolledBack() {
        catalogue.current();

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.sql("update indicator set name_en = 'Never committed' where code = 'beds_open'")
                    .update();
            assertThat(metrics.require("beds_open").nameEn())
                    .as("the writing transaction sees its own change")
                    .isEqualTo("Never committed");
            status.setRollbackOnly();
        });

        assertThat(catalogue.require("beds_open").nameEn()).isEqualTo("Open beds");
        assertThat(metrics.require("beds_open").nameEn()).isEqualTo("Open beds");
    }
}
