package dev.candor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of ARCHITECTURE.md, enforced on the production classes of model, rules, report and scanner-core. */
class ArchitectureTest {

    private static final JavaClasses CANDOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.candor");

    @Test
    void playwrightLivesOnlyInTheBrowserPackage() {
        noClasses().that().resideOutsideOfPackage("dev.candor.scan.browser..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.playwright..")
                .check(CANDOR);
    }

    @Test
    void theModelDependsOnNothingOfCandorButItself() {
        noClasses().that().resideInAPackage("dev.candor.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.candor.rules..", "dev.candor.report..", "dev.candor.scan..",
                        "dev.candor.core..", "dev.candor.demo..")
                .check(CANDOR);
    }

    @Test
    void rulesAndReportsNeverSeeTheBrowser() {
        noClasses().that().resideInAnyPackage("dev.candor.rules..", "dev.candor.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.candor.scan..", "dev.candor.core..")
                .check(CANDOR);
    }

    @Test
    void theCoreUsesTheBrowserOnlyThroughTheSeam() {
        noClasses().that().resideInAPackage("dev.candor.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.candor.scan.browser..")
                .check(CANDOR);
    }

    @Test
    void noUtilHelperOrManagerClasses() {
        classes().should().haveSimpleNameNotEndingWith("Util").andShould().haveSimpleNameNotEndingWith("Utils")
                .andShould().haveSimpleNameNotEndingWith("Helper").andShould().haveSimpleNameNotEndingWith("Manager")
                .check(CANDOR);
    }
}
