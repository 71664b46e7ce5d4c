package org.polyaxon.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.status.Status;
import org.polyaxon.server.Http;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;
import org.polyaxon.store.postgres.PostgresRunStore;
import org.polyaxon.store.postgres.PostgresUserStore;
import org.polyaxon.testing.MutableClock;

/** The admin view's runs pages through HTTP: every project's runs, a page at a time, and stop. */
class AdminRunsIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-03-01T12:00:00Z"),
          config -> config.with(Options.TIME_ZONE_OPTION, ZoneId.of("Europe/Berlin")));

  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  private static AdminClient loggedInAsRoot() {
    AdminClient root = new AdminClient(platform.platform.port());
    assertThat(root.login("root", "root-password").location()).isEqualTo("/_admin/users");
    return root;
  }

  @Test
  void runsOfEveryProjectAreListedNewestFirstAPageAtATime() {
    platform.createProject(platform.bobToken, "many", true);
    long projectId = platform.bob().get("/api/v1/bob/many").body().get("id").asLong();
    Jdbi jdbi = Jdbi.create(PLATFORM.dataSource());
    long bobId = new PostgresUserStore(jdbi).findByUsername("bob").orElseThrow().id();
    PostgresRunStore store = new PostgresRunStore(jdbi);
    Instant first = Instant.parse("2024-02-01T00:00:00Z");
    for (int i = 0; i < RunsPage.PAGE_SIZE + 1; i++) {
      // No task: the scheduler only meets these through its pass, and fails them (no file).
      store.create(
          new NewRun(
              "%032x".formatted(1000 + i),
              projectId,
              RunKind.EXPERIMENT,
              bobId,
              null,
              "many-" + (i + 1),
              null,
              List.of(),
              "{}",
              Map.of()),
          Status.CREATED,
          null,
          first.plusSeconds(60L * i));
    }
    AdminClient root = loggedInAsRoot();

    String pageOne = root.get("/_admin/runs?project=bob/many").body();
    String pageTwo = root.get("/_admin/runs?project=bob/many&page=2").body();

    assertThat(pageOne).contains("51 experiments and jobs").contains("Page 1 of 2");
    assertThat(pageOne.indexOf(">many-51<")).isPositive().isLessThan(pageOne.indexOf(">many-50<"));
    assertThat(pageOne).doesNotContain(">many-1<");
    assertThat(pageTwo).contains(">many-1<").doesNotContain(">many-2<").contains("Page 2 of 2");
    assertThat(pageOne).contains("href=\"/_admin/runs?project=bob%2Fmany&amp;page=2\"");
    assertThat(pageOne).contains("2024-02-01 01:50:00 +01:00"); // run 51, in Berlin time
    String all = root.get("/_admin/runs").body();
    assertThat(all).contains("href=\"/_admin/runs?project=bob%2Fmany\"");
  }

  @Test
  void aRunningRunIsStoppedFromTheRunsPage() {
    platform.createProject(platform.adaToken, "sleepy", true);
    Http.Response created =
        platform
            .ada()
            .post(
                "/api/v1/ada/sleepy/experiments",
                "{\"content\": \"version: 1\\nkind: experiment\\nbuild: {image: busybox}\\nrun:\\n"
                    + "  cmd: sleep 600\\n\"}");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String uuid = created.body().get("uuid").asText();
    String api = "/api/v1/ada/sleepy/experiments/" + created.body().get("id").asLong();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> platform.ada().get(api).body().get("last_status").asText(), "running"::equals);
    AdminClient root = loggedInAsRoot();
    AdminClient.Response list = root.get("/_admin/runs?project=ada/sleepy");
    assertThat(list.body()).contains("id=\"run-" + uuid + "\"").contains(">running<");

    AdminClient.Response stopped =
        root.post(
            "/_admin/runs/" + uuid + "/stop",
            "csrf",
            list.csrf(),
            "back",
            "/_admin/runs?project=ada%2Fsleepy");

    assertThat(stopped.location()).isEqualTo("/_admin/runs?project=ada%2Fsleepy");
    assertThat(platform.ada().get(api).body().get("last_status").asText()).isEqualTo("stopped");
    assertThat(root.get("/_admin/runs?project=ada/sleepy").body()).contains("Stopped experiment 1");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Files.exists(PLATFORM.home().resolve("runs").resolve(uuid).resolve("exit")));
    assertThat(root.get("/_admin/runs/" + uuid).body())
        .contains("Status history")
        .contains(">stopped<")
        .contains("Stopped by the user");
  }
}
