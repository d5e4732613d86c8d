package org.hospitalatlas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries, checked on the classes alone: no Spring context, no database. */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(HospitalAtlasApplication.class);

    @Test
    void modulesReferOnlyToEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains(
                        "hospital",
                        "indicator",
                        "reform",
                        "consortium",
                        "document",
                        "extraction",
                        "bulk",
                        "synthetic",
                        "review",
                        "change",
                        "fhir",
                        "compare",
                        "web",
                        "database",
                        "shared");
    }
}
