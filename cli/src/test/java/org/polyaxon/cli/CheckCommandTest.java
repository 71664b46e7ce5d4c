package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code polyaxon check} in-process with captured output. */
class CheckCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine =
        PolyaxonCommand.commandLine(
            new CliContext(CliEnvironment.of(Map.of()), dir, dir, false, Prompter.none()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
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

    assertThat(run("check", "-f", file.toString())).isZero();
    assertThat(out.toString().lines())
        .containsExactly(
            "Valid Polyaxonfile: version 1, kind group",
            "  experiments: 20",
            "  algorithm:   grid_search",
            "  concurrency: 5");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aValidExperimentSaysItsKind() throws IOException {
    Path file =
        write(
            "xp.yml",
            "version: 1\nkind: experiment\nbuild: {image: python:3}\nrun: {cmd: python a.py}\n");

    assertThat(run("check", "--file", file.toString())).isZero();
    assertThat(out.toString()).isEqualTo("Valid Polyaxonfile: version 1, kind experiment\n");
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

    assertThat(run("check", "-f", file.toString())).isEqualTo(1);
    assertThat(out.toString().lines())
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

    assertThat(run("check", "-f", base.toString(), "-f", random.toString())).isZero();
    assertThat(out.toString()).contains("experiments: 7", "algorithm:   random_search");
  }

  @Test
  void jsonReportOfAValidFile() throws IOException {
    Path file = write("grid.yml", GRID);

    assertThat(run("check", "-f", file.toString(), "--json")).isZero();
    assertThat(out.toString())
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

    assertThat(run("check", "-f", file.toString(), "--json")).isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "\"valid\" : false",
            "\"line\" : 1",
            "\"column\" : 1",
            "\"path\" : \"build\"",
            "\"message\" : \"is required for kind `job` (a mapping)\"");
  }

  @Test
  void withoutAFileTheDefaultNamesAreSearchedHere() throws IOException {
    assertThat(run("check")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "polyaxon: No Polyaxonfile given and none found here (polyaxon.yaml,"
                + " polyaxonfile.yml, ...): pass -f FILE (see 'polyaxon check --help')\n");
    assertThat(out.toString()).isEmpty();

    write(
        "polyaxon-ci.json",
        "{\"version\": 1, \"kind\": \"job\", \"build\": {\"image\": \"b\"},"
            + " \"run\": {\"cmd\": \"x\"}}");
    assertThat(run("check")).isZero();
    assertThat(out.toString()).isEqualTo("Valid Polyaxonfile: version 1, kind job\n");
    // polyaxon.* comes before polyaxon-ci.*, as in 0.4.4's search order.
    write("polyaxon.yml", GRID);
    out.getBuffer().setLength(0);
    assertThat(run("check")).isZero();
    assertThat(out.toString()).startsWith("Valid Polyaxonfile: version 1, kind group\n");
  }

  @Test
  void versionPrintsTheFilesVersionNotTheClis() throws IOException {
    Path file = write("grid.yml", GRID);

    assertThat(run("check", "-f", file.toString(), "--version")).isZero();
    assertThat(out.toString()).isEqualTo("The version is: 1\n");
    out.getBuffer().setLength(0);
    assertThat(run("check", "-f", file.toString(), "-v")).isZero();
    assertThat(out.toString()).isEqualTo("The version is: 1\n");
    // Elsewhere --version is still the CLI's.
    out.getBuffer().setLength(0);
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).isEqualTo("polyaxon " + Version.current() + "\n");
    out.getBuffer().setLength(0);
    assertThat(run("check", "--help")).isZero();
    assertThat(out.toString()).contains("--definition", "-h, --help", "-v, --version");
  }

  @Test
  void definitionPrintsTheCompiledMergedFile() throws IOException {
    Path base = write("base.yml", GRID);
    Path random = write("random.yml", "hptuning:\n  random_search: {n_experiments: 7}\n");

    assertThat(run("check", "-f", base.toString(), "-f", random.toString(), "--definition"))
        .isZero();
    JsonNode definition = new ObjectMapper().readTree(out.toString());
    assertThat(definition.path("kind").asText()).isEqualTo("group");
    assertThat(definition.path("hptuning").path("random_search").path("n_experiments").asInt())
        .isEqualTo(7);
    assertThat(definition.path("hptuning").path("concurrency").asInt()).isEqualTo(5);

    out.getBuffer().setLength(0);
    assertThat(run("check", "-f", base.toString(), "-v", "-def")).isZero();
    assertThat(out.toString()).startsWith("The version is: 1\n{");
  }

  @Test
  void aMissingFileIsAUsageError() {
    assertThat(run("check", "-f", dir.resolve("nope.yml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("No such file: ");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("check", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("polyaxon: Unknown option: '--frobnicate' (see 'polyaxon check --help')\n");
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    assertThat(run("check", "--schema")).isZero();
    assertThat(out.toString())
        .startsWith("{")
        .contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"", "groupFile");
  }

  @Test
  void theRootCommandListsCheck() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("check");
  }
}
