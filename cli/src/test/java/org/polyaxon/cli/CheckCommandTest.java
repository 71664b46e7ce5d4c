package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code polyaxon check} in-process with captured output. */
class CheckCommandTest {

  @TempDir Path dir;

  private InProcessCli cli;

  @BeforeEach
  void start() {
    cli = new InProcessCli(dir);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static final String GRID =
      """
      version: 1
      kind: group
      hptuning:
        concurrency: 5
        matrix:
          lr: {linspace: "0.001:0.1:5"}
          dropout: {values: [0.25, 0.3]}
          activation: {values: [relu, sigmoid]}
      build: {image: "tensorflow/tensorflow:1.4.1-py3"}
      run:
        cmd: python3 model.py --lr={{ lr }} --dropout={{ dropout }}
      """;

  @Test
  void aValidGroupExitsZeroWithASummary() throws IOException {
    Path file = write("grid.yml", GRID);

    assertThat(cli.run("check", "-f", file.toString())).isZero();
    assertThat(cli.out.toString().lines())
        .containsExactly(
            "Valid Polyaxonfile: version 1, kind group",
            "  experiments: 20",
            "  algorithm:   grid_search",
            "  concurrency: 5");
    assertThat(cli.err.toString()).isEmpty();
  }

  @Test
  void aValidExperimentSaysItsKind() throws IOException {
    Path file =
        write(
            "xp.yml",
            "version: 1\nkind: experiment\nbuild: {image: python:3}\nrun: {cmd: python a.py}\n");

    assertThat(cli.run("check", "--file", file.toString())).isZero();
    assertThat(cli.out.toString()).isEqualTo("Valid Polyaxonfile: version 1, kind experiment\n");
  }

  @Test
  void anInvalidFileExitsOneWithOneProblemPerLine() throws IOException {
    Path file =
        write(
            "bad.yml",
            """
            version: 1
            kind: group
            hptuning:
              matrix:
                lr: {uniform: [0, 1]}
            build: {image: "my image"}
            run: {cmd: train}
            """);

    assertThat(cli.run("check", "-f", file.toString())).isEqualTo(1);
    assertThat(cli.out.toString().lines())
        .containsExactly(
            file
                + ":5:10: hptuning.matrix.lr.uniform: grid search takes only values, range,"
                + " linspace, logspace and geomspace; `uniform` needs random_search, hyperband or"
                + " bo",
            file
                + ":6:16: build.image: invalid image `my image`: expected name[:tag] or"
                + " host:port/name[:tag]");
  }

  @Test
  void severalFilesMergeInOrder() throws IOException {
    Path base = write("base.yml", GRID);
    Path random = write("random.yml", "hptuning:\n  random_search: {n_experiments: 7}\n");

    assertThat(cli.run("check", "-f", base.toString(), "-f", random.toString())).isZero();
    assertThat(cli.out.toString()).contains("experiments: 7", "algorithm:   random_search");
  }

  @Test
  void jsonReportOfAValidFile() throws IOException {
    Path file = write("grid.yml", GRID);

    assertThat(cli.run("check", "-f", file.toString(), "--json")).isZero();
    assertThat(cli.out.toString())
        .contains(
            "\"valid\" : true",
            "\"kind\" : \"group\"",
            "\"experiments\" : 20",
            "\"algorithm\" : \"grid_search\"",
            "\"concurrency\" : 5",
            "\"compiled\" : {",
            "\"linspace\" : {");
  }

  @Test
  void jsonReportOfAnInvalidFile() throws IOException {
    Path file = write("bad.yml", "version: 1\nkind: job\n");

    assertThat(cli.run("check", "-f", file.toString(), "--json")).isEqualTo(1);
    assertThat(cli.out.toString())
        .contains(
            "\"valid\" : false",
            "\"line\" : 1",
            "\"column\" : 1",
            "\"path\" : \"build\"",
            "\"message\" : \"is required for kind `job` (a mapping)\"");
  }

  @Test
  void withoutAFileTheDefaultNamesAreSearchedHere() throws IOException {
    assertThat(cli.run("check")).isEqualTo(2);
    assertThat(cli.err.toString())
        .isEqualTo(
            "polyaxon: No Polyaxonfile given and none found here (polyaxon.yaml,"
                + " polyaxonfile.yml, ...): pass -f FILE (see 'polyaxon check --help')\n");
    assertThat(cli.out.toString()).isEmpty();

    write(
        "polyaxon-ci.json",
        "{\"version\": 1, \"kind\": \"job\", \"build\": {\"image\": \"b\"},"
            + " \"run\": {\"cmd\": \"x\"}}");
    assertThat(cli.run("check")).isZero();
    assertThat(cli.out.toString()).isEqualTo("Valid Polyaxonfile: version 1, kind job\n");
    // polyaxon.* comes before polyaxon-ci.*, as in 0.4.4's search order.
    write("polyaxon.yml", GRID);
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("check")).isZero();
    assertThat(cli.out.toString()).startsWith("Valid Polyaxonfile: version 1, kind group\n");
  }

  @Test
  void versionPrintsTheFilesVersionNotTheClis() throws IOException {
    Path file = write("grid.yml", GRID);

    assertThat(cli.run("check", "-f", file.toString(), "--version")).isZero();
    assertThat(cli.out.toString()).isEqualTo("The version is: 1\n");
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("check", "-f", file.toString(), "-v")).isZero();
    assertThat(cli.out.toString()).isEqualTo("The version is: 1\n");
    // Elsewhere --version is still the CLI's.
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("--version")).isZero();
    assertThat(cli.out.toString()).isEqualTo("polyaxon " + Version.current() + "\n");
    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("check", "--help")).isZero();
    assertThat(cli.out.toString()).contains("--definition", "-h, --help", "-v, --version");
  }

  @Test
  void definitionPrintsTheCompiledMergedFile() throws IOException {
    Path base = write("base.yml", GRID);
    Path random = write("random.yml", "hptuning:\n  random_search: {n_experiments: 7}\n");

    assertThat(cli.run("check", "-f", base.toString(), "-f", random.toString(), "--definition"))
        .isZero();
    JsonNode definition = new ObjectMapper().readTree(cli.out.toString());
    assertThat(definition.path("kind").asText()).isEqualTo("group");
    assertThat(definition.path("hptuning").path("random_search").path("n_experiments").asInt())
        .isEqualTo(7);
    assertThat(definition.path("hptuning").path("concurrency").asInt()).isEqualTo(5);

    cli.out.getBuffer().setLength(0);
    assertThat(cli.run("check", "-f", base.toString(), "-v", "-def")).isZero();
    assertThat(cli.out.toString()).startsWith("The version is: 1\n{");
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertThat(cli.run("check", "-f", dir.resolve("nope.yml").toString())).isEqualTo(2);
    assertThat(cli.err.toString()).contains("No such file: ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(cli.run("check", "--frobnicate")).isEqualTo(2);
    assertThat(cli.err.toString())
        .isEqualTo("polyaxon: Unknown option: '--frobnicate' (see 'polyaxon check --help')\n");
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    assertThat(cli.run("check", "--schema")).isZero();
    assertThat(cli.out.toString())
        .startsWith("{")
        .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"", "groupFile");
  }

  @Test
  void theRootCommandListsCheck() {
    assertThat(cli.run("--help")).isZero();
    assertThat(cli.out.toString()).contains("check");
  }
}
