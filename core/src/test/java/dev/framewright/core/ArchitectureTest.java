package dev.framewright.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps {@code core} free of I/O vendors (ARCHITECTURE.md): no web framework, JDBC driver, AWS or engine natives. */
class ArchitectureTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.framewright.core");

    @Test
    void coreDependsOnNoVendor() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        "jakarta.servlet..",
                        "org.sqlite..",
                        "org.postgresql..",
                        "com.zaxxer..",
                        "org.flywaydb..",
                        "org.jdbi..",
                        "software.amazon..",
                        "ai.onnxruntime..",
                        "org.bytedeco..",
                        "org.opencv..")
                .because("core holds domain rules and ports only; adapters live in their own modules")
                .check(core);
    }

    @Test
    void coreDoesNotReachIntoAdapterModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.framewright.server..",
                        "dev.framewright.store..",
                        "dev.framewright.storage..",
                        "dev.framewright.engines..")
                .check(core);
    }

    @Test
    void coreUsesNoJdbc() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..")
                .check(core);
    }
}
