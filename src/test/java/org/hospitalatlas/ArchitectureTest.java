package org.hospitalatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.hospitalatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule extractionIsPlainJava = noClasses()
            .that()
            .resideInAPackage("..extraction..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..", "tools.jackson..")
            .because("the extractor is plain Java: text in, facts out");

    @ArchTest
    static final ArchRule controllersNeverTouchRepositories = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(org.springframework.data.repository.Repository.class);

    @ArchTest
    static final ArchRule entitiesAreNotPublic =
            classes().that().areAnnotatedWith(Entity.class).should().notBePublic();

    @ArchTest
    static final ArchRule domainDoesNotUseWeb = noClasses()
            .that()
            .resideOutsideOfPackages("org.hospitalatlas.web..")
            .and()
            .areNotAnnotatedWith(RestController.class)
            .and()
            .haveSimpleNameNotEndingWith("Parameters")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hospitalatlas.web..")
            .because("web holds cross-cutting HTTP concerns that only controllers and their parameter records"
                    + " (@ParameterObject) use");

    @ArchTest
    static final ArchRule parameterRecordsServeControllersOnly = noClasses()
            .that()
            .areNotAnnotatedWith(RestController.class)
            .and()
            .haveSimpleNameNotEndingWith("Parameters")
            .and()
            .resideOutsideOfPackages("org.hospitalatlas.web..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Parameters")
            .because("a parameter record is a controller's query, bound and validated by Spring MVC");

    @ArchTest
    static final ArchRule moduleSlicesAreFreeOfCycles = slices().matching("org.hospitalatlas.(*)..")
            .should()
            .beFreeOfCycles()
            .because("each module builds on the ones below it");

    @ArchTest
    static final ArchRule modulesDoNotDependOnTheApplicationClass = noClasses()
            .that()
            .resideOutsideOfPackage("org.hospitalatlas")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.hospitalatlas")
            .because("the application class starts the modules; a module that refers back to it makes a cycle");
}
