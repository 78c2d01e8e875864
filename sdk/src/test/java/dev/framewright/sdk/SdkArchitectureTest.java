package dev.framewright.sdk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The SDK depends on the JDK, Jackson, the contract and the standardwebhooks library only. */
class SdkArchitectureTest {
    static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.framewright.sdk");

    @Test
    void dependsOnTheContractOnly() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.crypto..",
                        "com.fasterxml.jackson..",
                        "com.standardwebhooks..",
                        "dev.framewright.contract..",
                        "dev.framewright.sdk..")
                .check(SDK);
    }
}
