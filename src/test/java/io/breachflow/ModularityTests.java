package io.breachflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private static final JavaClasses PRODUCTION_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.breachflow");

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(BreachflowApplication.class).verify();
    }

    @Test
    void nothingOutsideTheEngineDependsOnTheEngine() {
        noClasses().that().resideOutsideOfPackage("io.breachflow.engine..")
                .should().dependOnClassesThat().resideInAPackage("io.breachflow.engine..")
                .because("the application reaches the engine only through the Camunda client")
                .check(PRODUCTION_CLASSES);
    }

    @Test
    void onlyTheWorkflowModuleTalksToTheCamundaClient() {
        noClasses().that().resideOutsideOfPackage("io.breachflow.workflow..")
                .should().dependOnClassesThat().resideInAPackage("io.camunda.client..")
                .because("workflow is the one module that talks to the engine, embedded or remote")
                .check(PRODUCTION_CLASSES);
    }
}
