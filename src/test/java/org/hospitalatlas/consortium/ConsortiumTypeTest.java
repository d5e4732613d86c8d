package org.hospitalatlas.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The types the consortium list's parameter record takes are the filter's vocabulary, spelled the same. */
class ConsortiumTypeTest {

    @Test
    void typesAreTheFiltersTypes() {
        assertThat(Arrays.stream(ConsortiumType.values()).map(ConsortiumType::code))
                .containsExactlyElementsOf(ConsortiumFilter.TYPES);
    }
}
