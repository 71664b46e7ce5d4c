package org.polyaxon.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.server.cli.CliRunner.Result;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;

/** Projects from the CLI: create, list, get, update, archive, delete, init, and uploads. */
class CliProjectIT {
  @RegisterExtension static final PlatformUnderTest PLATFORM = PlatformUnderTest.frozen();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  private static CliRunner login(Path home, Path dir, String token) {
    CliRunner cli = CliRunner.against(platform.platform.port(), home, dir);
    assertThat(cli.run("login", "--token", token).exit()).isZero();
    return cli;
  }

  @Test
  void aProjectsLifecycle(@TempDir Path home, @TempDir Path dir) throws IOException {
    CliRunner cli = login(home, dir, platform.bobToken);
    Result created =
        cli.run(
            "project",
            "create",
            "--name",
            "mnist",
            "--description",
            "Digits",
            "--tags",
            "vision,cnn");
    assertThat(created.exit()).as(created.toString()).isZero();
    assertThat(created.out()).isEqualTo("Project bob.mnist created.\n");
    cli.run("project", "create", "--name", "cifar", "--private");

    Result list = cli.run("project", "list");
    assertThat(list.out().lines())
        .containsExactly(
            "NAME   UNIQUE_NAME  PUBLIC  HAS_CODE  DESCRIPTION",
            "cifar  bob.cifar    false   false",
            "mnist  bob.mnist    true    false     Digits",
            "Page 1: 2 of 2 projects.");
    JsonNode listed = JSON.readTree(cli.run("--json", "project", "list").out());
    assertThat(listed.get("count").asInt()).isEqualTo(2);
    // Someone else's projects: the public ones.
    CliRunner ada = cli.withEnv("POLYAXON_SECRET_USER_TOKEN", platform.adaToken);
    assertThat(ada.run("project", "list", "-u", "bob").out().lines())
        .containsExactly(
            "NAME   UNIQUE_NAME  PUBLIC  HAS_CODE  DESCRIPTION",
            "mnist  bob.mnist    true    false     Digits",
            "Page 1: 1 of 1 projects.");

    Result get = cli.run("project", "-p", "bob/mnist", "get");
    assertThat(get.out()).contains("unique_name  bob.mnist", "tags         vision,cnn");
    // -p after the subcommand, and a bare name meaning one's own project.
    assertThat(cli.run("project", "get", "-p", "mnist").out()).isEqualTo(get.out());

    Result update =
        cli.run("project", "-p", "mnist", "update", "--description", "Handwritten digits");
    assertThat(update.out()).isEqualTo("Project bob.mnist updated.\n");
    assertThat(
            JSON.readTree(cli.run("project", "-p", "mnist", "get", "--json").out())
                .get("description")
                .asText())
        .isEqualTo("Handwritten digits");

    assertThat(cli.run("project", "-p", "cifar", "archive").out())
        .isEqualTo("Project bob/cifar archived.\n");
    assertThat(cli.run("project", "list").out()).doesNotContain("cifar");
    assertThat(cli.run("project", "-p", "cifar", "restore").exit()).isZero();
    assertThat(cli.run("project", "-p", "cifar", "delete").exit()).isEqualTo(1);
    assertThat(cli.run("project", "-p", "cifar", "delete", "-y").out())
        .isEqualTo("Project bob/cifar deleted.\n");
    assertThat(cli.run("project", "-p", "cifar", "get").exit()).isEqualTo(1);

    Result noRuns = cli.run("project", "-p", "mnist", "experiments");
    assertThat(noRuns.out()).isEqualTo("No experiments.\n");
    assertThat(cli.run("project", "-p", "mnist", "jobs", "--page", "2").out())
        .isEqualTo("No jobs.\n");
    for (String notYet : List.of("groups", "builds", "tensorboards")) {
      Result answer = cli.run("project", "-p", "mnist", notYet);
      assertThat(answer.exit()).as(notYet).isEqualTo(1);
      assertThat(answer.err()).contains("are not supported by this server yet");
    }

    Result duplicate = cli.run("project", "create", "--name", "mnist");
    assertThat(duplicate.exit()).isEqualTo(1);
    assertThat(duplicate.err()).startsWith("polyaxon: ").contains("mnist");
    Result missingName = cli.run("project", "create");
    assertThat(missingName.exit()).isEqualTo(2);

    Result renamed =
        cli.run(
            "project", "-p", "mnist", "update", "--name", "digits", "--tags", "mlp", "--private");
    assertThat(renamed.out()).isEqualTo("Project bob.digits updated.\n");
    JsonNode digits = JSON.readTree(cli.run("project", "-p", "digits", "get", "--json").out());
    assertThat(digits.get("name").asText()).isEqualTo("digits");
    assertThat(digits.get("tags")).containsExactly(JSON.valueToTree("mlp"));
    assertThat(digits.get("is_public").asBoolean()).isFalse();
    assertThat(cli.run("project", "-p", "digits", "update", "--public").exit()).isZero();
    assertThat(
            JSON.readTree(cli.run("project", "-p", "digits", "get", "--json").out())
                .get("is_public")
                .asBoolean())
        .isTrue();
    assertThat(cli.run("project", "-p", "digits", "update", "--public", "--private").exit())
        .isEqualTo(1);
    theActivityFeeds(cli);
  }

  /** What was done to bob's project, as its owner sees it and as a superuser sees everything. */
  private static void theActivityFeeds(CliRunner bob) {
    Result feed = bob.run("project", "-p", "digits", "activity");
    assertThat(feed.exit()).as(feed.toString()).isZero();
    List<String> lines = feed.out().lines().toList();
    assertThat(lines.get(0)).matches("CREATED +USER +STATUS +REQUEST");
    // Newest first; the renaming was recorded under the project's name at the time.
    assertThat(lines.get(1)).matches("2024-03-01T12:00:00Z +bob +200 +PATCH /api/v1/bob/digits");
    assertThat(lines).last().asString().matches("Page 1: \\d+ of \\d+ activities\\.");

    Result notSuperuser = bob.run("project", "activity", "--all");
    assertThat(notSuperuser.exit()).isEqualTo(4);
    assertThat(notSuperuser.err()).startsWith("polyaxon: Not allowed: ");
    Result all =
        bob.withEnv("POLYAXON_SECRET_USER_TOKEN", platform.rootToken)
            .run("project", "activity", "--all");
    assertThat(all.exit()).as(all.toString()).isZero();
    assertThat(all.out().lines().toList().get(0))
        .matches("CREATED +USER +PROJECT +STATUS +REQUEST");
    assertThat(all.out()).containsPattern("bob +bob\\.digits +200 +PATCH /api/v1/bob/digits");
  }

  @Test
  void initBindsTheDirectoryAndUploadHonoursPolyaxonignore(@TempDir Path home, @TempDir Path dir)
      throws IOException {
    CliRunner cli = login(home, dir, platform.adaToken);
    assertThat(cli.run("project", "create", "--name", "code").exit()).isZero();
    Result unbound = cli.run("upload");
    assertThat(unbound.exit()).isEqualTo(1);
    assertThat(unbound.err()).contains("pass -p USER/PROJECT, or bind this directory");

    Result init = cli.run("init", "code", "--polyaxonfile");
    assertThat(init.out()).isEqualTo("Initialised this directory for project ada/code.\n");
    assertThat(
            JSON.readTree(dir.resolve(".polyaxon/.polyaxonproject").toFile()).get("name").asText())
        .isEqualTo("code");
    assertThat(dir.resolve("polyaxonfile.yaml")).exists();
    assertThat(cli.run("check", "-f", "polyaxonfile.yaml").exit()).isZero();

    write(dir, "train.py", "print('train')");
    write(dir, "src/model.py", "model = 1");
    write(dir, "src/__pycache__/model.cpython-311.pyc", "bytes");
    write(dir, "data/big.csv", "1,2,3");
    write(dir, "data/keep.csv", "4,5,6");
    write(dir, "logs/run.log", "old");
    write(dir, "notes.txt", "mine");
    write(dir, "docs/notes.txt", "shared");
    write(dir, ".git/config", "[core]");
    Files.writeString(
        dir.resolve(".polyaxonignore"),
        """
        # gitignore rules
        *.pyc
        data/*
        !data/keep.csv
        logs/
        /notes.txt
        polyaxonfile.yaml
        """);

    Result noCode = cli.run("project", "repo");
    assertThat(noCode.exit()).isEqualTo(1);
    assertThat(noCode.err()).isEqualTo("polyaxon: No code was uploaded to ada.code\n");

    Result upload = cli.run("upload");
    assertThat(upload.exit()).as(upload.toString()).isZero();
    assertThat(upload.out()).startsWith("Code uploaded to ada.code (commit ");
    String commit = upload.out().replaceAll("(?s).*\\(commit ([0-9a-f]+),.*", "$1");
    assertThat(cli.run("project", "repo").out())
        .containsPattern("(?m)^commit +" + commit + "$")
        .containsPattern("(?m)^user +ada$")
        .containsPattern("(?m)^created_at +2024-03-01T12:00:00Z$");
    assertThat(upload.err()).isEmpty(); // no progress bar without a terminal
    assertThat(uploadedFiles("ada", "code"))
        .containsExactlyInAnyOrder(
            ".polyaxonignore", "data/keep.csv", "docs/notes.txt", "src/model.py", "train.py");
    assertThat(JSON.readTree(cli.run("project", "get", "--json").out()).get("has_code").asBoolean())
        .isTrue();
    Result download = cli.run("project", "download", "-o", "code.tar.gz");
    assertThat(download.exit()).as(download.toString()).isZero();
    assertThat(Files.size(dir.resolve("code.tar.gz"))).isPositive();
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    Files.writeString(dir.resolve(name), content);
  }

  /** The files of the project's latest code, as the API serves them. */
  private static List<String> uploadedFiles(String user, String project) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + platform.platform.port()
                        + "/api/v1/"
                        + user
                        + "/"
                        + project
                        + "/repo/download"))
            .header("Authorization", "Token " + platform.adaToken)
            .build();
    List<String> names = new ArrayList<>();
    try {
      HttpResponse<InputStream> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
      assertThat(response.statusCode()).isEqualTo(200);
      try (TarArchiveInputStream tar =
          new TarArchiveInputStream(new GzipCompressorInputStream(response.body()))) {
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
          if (entry.isFile()) {
            names.add(entry.getName());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return names;
  }
}
