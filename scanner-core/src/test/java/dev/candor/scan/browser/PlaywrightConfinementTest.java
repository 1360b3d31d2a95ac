package dev.candor.scan.browser;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Playwright, and the Gson it brings for CDP, stay inside {@code dev.candor.scan.browser}. */
class PlaywrightConfinementTest {

    @Test
    void onlyTheBrowserPackageUsesPlaywright() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.candor");
        noClasses().that().resideOutsideOfPackage("dev.candor.scan.browser..")
                .should().dependOnClassesThat().resideInAnyPackage("com.microsoft.playwright..", "com.google.gson..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
