package org.polyaxon.server;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module dependency rules of docs/architecture.md: the arrows are the only dependencies. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.polyaxon");
  }

  @Test
  void importsEveryModuleThatHasCode() {
    // Guards against a rule that passes because it saw nothing.
    assertThat(classes.containPackage("org.polyaxon.store.postgres")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.executor.local")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.spec")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.core")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.artifacts")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.cli")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.server")).isTrue();
    assertThat(classes.containPackage("org.polyaxon.testing")).isTrue();
  }

  @Test
  void modulesDependOnlyAlongTheArrows() {
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("spec")
            .definedBy("org.polyaxon.spec..")
            .layer("core")
            .definedBy("org.polyaxon.core..")
            .layer("store-postgres")
            .definedBy("org.polyaxon.store..")
            .layer("executor-local")
            .definedBy("org.polyaxon.executor.local..")
            .layer("executor-kubernetes")
            .definedBy("org.polyaxon.executor.kubernetes..")
            .layer("artifacts")
            .definedBy("org.polyaxon.artifacts..")
            .layer("cli")
            .definedBy("org.polyaxon.cli..")
            .layer("server")
            .definedBy("org.polyaxon.server..")
            .whereLayer("server")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("cli")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("store-postgres")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("executor-local")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("executor-kubernetes")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("artifacts")
            .mayOnlyBeAccessedByLayers("server")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers(
                "store-postgres", "executor-local", "executor-kubernetes", "artifacts", "server")
            .whereLayer("spec")
            .mayOnlyBeAccessedByLayers(
                "core",
                "store-postgres",
                "executor-local",
                "executor-kubernetes",
                "artifacts",
                "cli",
                "server");
    rule.check(classes);
  }

  @Test
  void productionCodeNeverUsesTestSupport() {
    ArchRuleDefinition.noClasses()
        .that()
        .resideOutsideOfPackage("org.polyaxon.testing..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.polyaxon.testing..")
        .check(classes);
  }
}
