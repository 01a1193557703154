package org.hydraguard.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core depends on the JDK and DataSketches only, so it can run inside any service or Flink job. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.hydraguard.core");

    @Test
    void coreImportsOnlyJdkDataSketchesAndItself() {
        classes().that().resideInAPackage("org.hydraguard.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.apache.datasketches..", "org.hydraguard.core..")
                .check(CORE);
    }

    @Test
    void modelDependsOnNothingElseInCore() {
        classes().that().resideInAPackage("org.hydraguard.core.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.hydraguard.core.model..")
                .check(CORE);
    }
}
