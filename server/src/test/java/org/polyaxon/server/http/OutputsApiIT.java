package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.server.http.RepoUploadApiIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.status.Status;
import org.polyaxon.store.postgres.PostgresProjectStore;
import org.polyaxon.store.postgres.PostgresRunStore;

/** Outputs of experiments and jobs through HTTP: listing, files, archives, and no way out. */
class OutputsApiIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  @TempDir static Path elsewhere;
  private static TestPlatform platform;
  private static BinaryHttp ada;
  private static BinaryHttp bob;
  private static PostgresRunStore runs;

  @BeforeAll
  static void start() throws IOException {
    platform = PLATFORM.get();
    ada = platform.binary(platform.adaToken);
    bob = platform.binary(platform.bobToken);
    platform.createProject(platform.adaToken, "mnist", true);
    platform.createProject(platform.adaToken, "secret", false);
    runs = new PostgresRunStore(Jdbi.create(PLATFORM.dataSource()));

    Path first = outputs(run("mnist", RunKind.EXPERIMENT, null));
    Files.createDirectories(first.resolve("checkpoints/epoch1"));
    Files.writeString(first.resolve("metrics.json"), "{\"loss\": 0.1}");
    Files.writeString(first.resolve("checkpoints/model.bin"), "weights");
    Files.writeString(first.resolve("page.html"), "<script>alert(1)</script>");
    Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
    Files.createSymbolicLink(first.resolve("leak"), elsewhere.resolve("passwd"));
    Files.createSymbolicLink(first.resolve("leakdir"), elsewhere);

    Path second = outputs(run("mnist", RunKind.EXPERIMENT, null));
    Files.createDirectories(second);
    Files.writeString(second.resolve("theirs.txt"), "not yours");

    Path job = outputs(run("mnist", RunKind.JOB, null));
    Files.createDirectories(job);
    Files.writeString(job.resolve("job.log"), "done");

    Path hidden = outputs(run("secret", RunKind.EXPERIMENT, null));
    Files.createDirectories(hidden);
    Files.writeString(hidden.resolve("private.txt"), "private");
  }

  private static Run run(String project, RunKind kind, Long groupId) {
    Project owner =
        new PostgresProjectStore(Jdbi.create(PLATFORM.dataSource()))
            .find("ada", project)
            .orElseThrow();
    return runs.create(
        new NewRun(
            UUID.randomUUID().toString().replace("-", ""),
            owner.id(),
            kind,
            platform.platform.root().user().id(),
            groupId,
            null,
            "",
            List.of(),
            "{\"version\": 1, \"kind\": \"" + kind.wireName() + "\"}",
            Map.of()),
        Status.CREATED,
        null,
        Instant.parse("2024-03-01T12:00:00Z"));
  }

  /** Where the platform keeps a run's outputs: the 0.4 layout under $POLYAXON_HOME/outputs. */
  private static Path outputs(Run run) {
    String project = run.projectId() == projectId("mnist") ? "mnist" : "secret";
    Long group = run.groupId() == null ? null : runs.findById(run.groupId()).orElseThrow().number();
    return platform
        .home
        .outputs()
        .resolve(RunPath.of("ada", project, run.kind(), run.number(), group).relative());
  }

  private static long projectId(String name) {
    return new PostgresProjectStore(Jdbi.create(PLATFORM.dataSource()))
        .find("ada", name)
        .orElseThrow()
        .id();
  }

  @Test
  void listsReadsAndDownloadsAnExperimentsOutputs() {
    JsonNode root = bob.get("/api/v1/ada/mnist/experiments/1/outputs/tree").json();
    assertThat(root.get("dirs")).hasSize(1);
    assertThat(root.get("dirs").get(0).asText()).isEqualTo("checkpoints");
    assertThat(root.get("files").toString())
        .isEqualTo(
            "[{\"name\":\"metrics.json\",\"size\":13},{\"name\":\"page.html\",\"size\":25}]");
    JsonNode sub = ada.get("/api/v1/ada/mnist/experiments/1/outputs/tree?path=checkpoints").json();
    assertThat(sub.get("files").get(0).get("name").asText()).isEqualTo("model.bin");
    assertThat(sub.get("dirs").get(0).asText()).isEqualTo("epoch1");

    BinaryHttp.Response file =
        ada.get("/api/v1/ada/mnist/experiments/1/outputs/files?path=checkpoints/model.bin");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.text()).isEqualTo("weights");
    BinaryHttp.Response html =
        ada.get("/api/v1/ada/mnist/experiments/1/outputs/files?path=page.html");
    assertThat(html.contentType()).isEqualTo("application/octet-stream");

    BinaryHttp.Response archive = ada.get("/api/v1/ada/mnist/experiments/1/outputs/download");
    assertThat(archive.status()).isEqualTo(200);
    assertThat(archive.contentType()).startsWith("application/gzip");
    assertThat(TarGz.files(archive.bytes()))
        .containsOnlyKeys("metrics.json", "page.html", "checkpoints/model.bin");
  }

  @Test
  void jobsAndGroupExperimentsHaveTheirOwnDirectories() throws IOException {
    assertThat(ada.get("/api/v1/ada/mnist/jobs/1/outputs/files?path=job.log").text())
        .isEqualTo("done");
    assertThat(TarGz.files(ada.get("/api/v1/ada/mnist/jobs/1/outputs/download").bytes()))
        .containsOnlyKeys("job.log");

    Run group = run("mnist", RunKind.GROUP, null);
    Run member = run("mnist", RunKind.EXPERIMENT, group.id());
    Path dir = outputs(member);
    assertThat(dir.toString())
        .endsWith("outputs/ada/mnist/groups/" + group.number() + "/" + member.number());
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("trial.txt"), "trial");
    assertThat(
            ada.get(
                    "/api/v1/ada/mnist/experiments/"
                        + member.number()
                        + "/outputs/files?path=trial.txt")
                .text())
        .isEqualTo("trial");
  }

  @Test
  void aRunThatWroteNothingListsEmpty() {
    Run fresh = run("mnist", RunKind.JOB, null);
    JsonNode tree = ada.get("/api/v1/ada/mnist/jobs/" + fresh.number() + "/outputs/tree").json();
    assertThat(tree.toString()).isEqualTo("{\"files\":[],\"dirs\":[]}");
    assertProblem(
        ada.get("/api/v1/ada/mnist/jobs/" + fresh.number() + "/outputs/files?path=x"),
        404,
        "No file 'x' in the outputs");
    assertProblem(
        ada.get("/api/v1/ada/mnist/jobs/999/outputs/tree"),
        404,
        "There is no job 999 in ada.mnist");
  }

  @Test
  void noPathLeavesTheRunsDirectory() {
    String base = "/api/v1/ada/mnist/experiments/1/outputs/";
    for (String path :
        List.of(
            "../../etc/passwd",
            "%2e%2e/%2e%2e/etc/passwd",
            "%2E%2E%2F2%2Ftheirs.txt",
            "../2/theirs.txt",
            "/etc/passwd",
            "%2Fetc%2Fpasswd",
            "checkpoints/../../2/theirs.txt",
            "a%00b")) {
      for (String endpoint : List.of("files", "tree")) {
        BinaryHttp.Response response = ada.get(base + endpoint + "?path=" + path);
        assertThat(response.status()).as(endpoint + " " + path).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
      }
    }
    assertProblem(ada.get(base + "files?path=leak"), 404, "No file 'leak' in the outputs");
    assertProblem(
        ada.get(base + "tree?path=leakdir"), 404, "No directory 'leakdir' in the outputs");
    assertThat(ada.get(base + "files?path=%252e%252e%252f2%252ftheirs.txt").status())
        .isEqualTo(404);
    assertThat(TarGz.files(ada.get(base + "download").bytes()))
        .doesNotContainKeys("leak", "leakdir/passwd");
    assertThat(ada.get(base + "files?path=checkpoints").status()).isEqualTo(404);
    assertThat(ada.get(base + "files").status()).isEqualTo(400);
  }

  @Test
  void privateProjectsOfOthersAreNotFound() {
    for (String endpoint : List.of("tree", "files?path=private.txt", "download")) {
      assertProblem(
          bob.get("/api/v1/ada/secret/experiments/1/outputs/" + endpoint),
          404,
          "There is no project ada.secret");
    }
    assertThat(ada.get("/api/v1/ada/secret/experiments/1/outputs/files?path=private.txt").text())
        .isEqualTo("private");
    assertThat(
            platform
                .binary(platform.rootToken)
                .get("/api/v1/ada/secret/experiments/1/outputs/files?path=private.txt")
                .status())
        .isEqualTo(200);
  }
}
