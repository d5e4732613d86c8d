package org.hospitalatlas.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetPartitionTest {

    @Test
    void putsTheParentsIndexOnThePartitionKeepingColumnsIncludesAndPredicate() {
        String parent = "CREATE INDEX ix_indicator_value_indicator_year ON ONLY public.indicator_value USING btree"
                + " (indicator_code, year) INCLUDE (hospital_id, value, kind) WHERE (NOT is_target)";

        assertThat(DatasetPartition.onPartition(parent, "indicator_value_document_7"))
                .isEqualTo("CREATE INDEX ON indicator_value_document_7 USING btree (indicator_code, year)"
                        + " INCLUDE (hospital_id, value, kind) WHERE (NOT is_target)");
    }

    @Test
    void keepsAUniqueIndexUnique() {
        String parent = "CREATE UNIQUE INDEX ux ON ONLY public.t USING btree (a, b)";

        assertThat(DatasetPartition.onPartition(parent, "t_document_1"))
                .isEqualTo("CREATE UNIQUE INDEX ON t_document_1 USING btree (a, b)");
    }

    @Test
    void refusesAnIndexOfAPlainTable() {
        assertThatThrownBy(() -> DatasetPartition.onPartition("CREATE INDEX ix ON public.t USING btree (a)", "p"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unexpected index definition");
    }

    @Test
    void namesAPartitionAfterItsTableAndDocument() {
        assertThat(DatasetPartition.name("indicator_value", 42)).isEqualTo("indicator_value_document_42");
    }
}
