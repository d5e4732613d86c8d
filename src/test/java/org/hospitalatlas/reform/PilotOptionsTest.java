package org.hospitalatlas.reform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The options the pilot lists' parameter records take are the filter's vocabularies, spelled the same. */
class PilotOptionsTest {

    @Test
    void categoriesAreTheFiltersCategories() {
        assertThat(Arrays.stream(PilotCategory.values()).map(PilotCategory::code))
                .containsExactlyElementsOf(PilotFilter.CATEGORIES);
    }

    @Test
    void levelsAreTheFiltersLevels() {
        assertThat(Arrays.stream(PilotLevel.values()).map(PilotLevel::code))
                .containsExactlyElementsOf(PilotFilter.LEVELS);
    }
}
