package org.hospitalatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
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

    /**
     * Issue 12: controllers and services reach the database only through Spring Data repositories; hand-written SQL
     * lives in repository fragment implementations ({@code …Impl}). {@code database} is the infrastructure that
     * keeps the data version and the embedded server.
     */
    @ArchTest
    static final ArchRule onlyRepositoryFragmentsHoldJdbc = noClasses()
            .that()
            .areAnnotatedWith(Service.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .or()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(Component.class)
            .and()
            .resideOutsideOfPackage("org.hospitalatlas.database..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc.core..", "javax.sql..")
            .because(
                    "controllers and services see Spring Data repositories; SQL stays in the fragments' …Impl classes");
}
