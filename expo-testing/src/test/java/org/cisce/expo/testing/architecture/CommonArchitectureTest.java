package org.cisce.expo.testing.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** expo-common stays a small library a reader can find their way in: packages without cycles, HTTP at the edge. */
class CommonArchitectureTest {

    private static final JavaClasses COMMON = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.cisce.expo.common");

    @Test
    void expoCommonsPackagesFormNoCycle() {
        slices().matching("org.cisce.expo.common.(*)..").should().beFreeOfCycles().check(COMMON);
    }

    @Test
    void onlyTheHttpPackageSpeaksHttp() {
        noClasses().that().resideOutsideOfPackages("org.cisce.expo.common.http..", "org.cisce.expo.common.security..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..",
                        "org.cisce.expo.common.http..")
                .because("problem, types, storage, events, outbox and inbox serve the core, which knows no transport")
                .check(COMMON);
    }

    @Test
    void theSharedLibraryKnowsNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        ServiceArchitectureTest.SERVICES.stream().map(s -> s + "..").toArray(String[]::new))
                .check(COMMON);
    }
}
