package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Helm hooks: migrate, create-root, cleanup; no Job left behind. */
class HooksIT {

  private final Rendered r = ChartUnderTest.render();

  private JsonNode job(String name) {
    return r.get("Job", FULLNAME + "-" + name);
  }

  private static String args(JsonNode job) {
    return Rendered.podSpec(job).path("containers").get(0).path("args").toString();
  }

  @Test
  void threeHookJobsWithTheirEventsAndCommands() {
    assertThat(Rendered.hookEvents(job("migrate"))).isEqualTo("pre-upgrade");
    assertThat(args(job("migrate")))
        .isEqualTo("[\"admin\",\"migrate\",\"--config\",\"/etc/polyaxon/polyaxon.yaml\"]");
    assertThat(Rendered.hookEvents(job("create-root"))).isEqualTo("post-install,post-upgrade");
    assertThat(args(job("create-root"))).contains("\"admin\",\"create-root\"");
    assertThat(Rendered.hookEvents(job("cleanup"))).isEqualTo("pre-delete");
    assertThat(args(job("cleanup"))).contains("\"admin\",\"cleanup\"");
    assertThat(r.ofKind("Job")).hasSize(3);
  }

  @Test
  void everyHookIsDeletedBeforeRecreationAndOnSuccess() {
    assertThat(r.hooks())
        .isNotEmpty()
        .allSatisfy(
            h ->
                assertThat(Rendered.hookAnnotation(h, "-delete-policy"))
                    .isEqualTo("before-hook-creation,hook-succeeded"));
  }

  @Test
  void hookJobsNeverRestartAndHaveADeadline() {
    assertThat(r.ofKind("Job"))
        .allSatisfy(
            j -> {
              assertThat(j.path("apiVersion").asText()).isEqualTo("batch/v1");
              assertThat(Rendered.podSpec(j).path("restartPolicy").asText()).isEqualTo("Never");
              assertThat(j.path("spec").path("activeDeadlineSeconds").asInt()).isEqualTo(600);
              assertThat(j.path("spec").path("backoffLimit").asInt()).isEqualTo(2);
            });
  }

  @Test
  void createRootReadsTheAdminPasswordFromTheSecret() {
    JsonNode c = Rendered.podSpec(job("create-root")).path("containers").get(0);

    assertThat(
            Rendered.env(c, "POLYAXON_ADMIN_PASSWORD")
                .path("valueFrom")
                .path("secretKeyRef")
                .path("name")
                .asText())
        .isEqualTo(FULLNAME + "-secret");
    assertThat(
            Rendered.named(Rendered.podSpec(job("create-root")).path("volumes"), "config")
                .orElseThrow()
                .path("configMap")
                .path("name")
                .asText())
        .isEqualTo(FULLNAME + "-config");
    assertThat(Rendered.hookAnnotation(job("create-root"), "-weight")).isEqualTo("10");
  }

  @Test
  void migrateRunsFromItsOwnCopyOfTheNewConfiguration() {
    JsonNode spec = Rendered.podSpec(job("migrate"));
    JsonNode cm = r.get("ConfigMap", FULLNAME + "-migrate");
    JsonNode secret = r.get("Secret", FULLNAME + "-migrate");

    assertThat(
            Rendered.named(spec.path("volumes"), "config")
                .orElseThrow()
                .path("configMap")
                .path("name")
                .asText())
        .isEqualTo(FULLNAME + "-migrate");
    assertThat(cm.path("data").path("polyaxon.yaml").asText())
        .isEqualTo(
            r.get("ConfigMap", FULLNAME + "-config").path("data").path("polyaxon.yaml").asText());
    assertThat(Rendered.hookEvents(cm)).isEqualTo(Rendered.hookEvents(job("migrate")));
    assertThat(Rendered.hookEvents(secret)).isEqualTo(Rendered.hookEvents(job("migrate")));
    assertThat(Integer.parseInt(Rendered.hookAnnotation(cm, "-weight")))
        .isLessThan(Integer.parseInt(Rendered.hookAnnotation(job("migrate"), "-weight")));
    assertThat(r.secret(FULLNAME + "-migrate", "POLYAXON_DATABASE_PASSWORD")).isEqualTo("polyaxon");
    assertThat(spec.path("automountServiceAccountToken").asBoolean(true)).isFalse();
  }

  @Test
  void withAnExternalDatabaseMigrateAlsoRunsBeforeInstall() {
    Rendered ext = ChartUnderTest.render(ChartUnderTest.values("database-external.yaml"));

    assertThat(Rendered.hookEvents(ext.get("Job", FULLNAME + "-migrate")))
        .isEqualTo("pre-install,pre-upgrade");
  }

  @Test
  void onInstallWithTheInClusterDatabaseCorePodsMigrateFirst() {
    for (String c : new String[] {"api", "scheduler"}) {
      JsonNode inits = Rendered.podSpec(r.deployment(c)).path("initContainers");
      JsonNode init = inits.get(inits.size() - 1);
      assertThat(init.path("name").asText()).as("the last init container").isEqualTo("migrate");
      assertThat(init.path("args").toString()).contains("\"admin\",\"migrate\"");
    }
  }

  @Test
  void hooksAreNotPartOfTheReleaseManifest() {
    String manifest = ChartUnderTest.templateOriginal(java.util.Map.of());

    assertThat(Rendered.parse(manifest).ofKind("Job")).isEmpty();
    assertThat(Rendered.parse(manifest).find("ConfigMap", FULLNAME + "-migrate")).isEmpty();
  }
}
