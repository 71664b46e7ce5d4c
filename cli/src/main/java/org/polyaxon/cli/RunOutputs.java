package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The outputs of one experiment or job: downloaded whole and unpacked ({@code …/outputs/download}),
 * listed a directory at a time ({@code …/outputs/tree}), or one file fetched ({@code
 * …/outputs/files}).
 */
final class RunOutputs {
  private final Cli cli;
  private final String runPath;
  private final String runName;

  /**
   * @param runPath the run's API path, {@code /USER/PROJECT/experiments/ID}
   * @param runName the run as messages name it, {@code experiment 1 of ada/mnist}
   */
  RunOutputs(Cli cli, String runPath, String runName) {
    this.cli = cli;
    this.runPath = runPath;
    this.runName = runName;
  }

  /** Unpacks every output file into {@code target}. */
  void download(Path target) {
    int files;
    try (InputStream archive = cli.api().download(runPath + "/outputs/download", Map.of())) {
      files = OutputsArchive.extract(archive, target);
    } catch (IOException e) {
      throw failed(e);
    }
    cli.output().say(files + " output file(s) of " + runName + " written to " + target);
  }

  /** One directory of the outputs ({@code .} for the top): its sub-directories, then its files. */
  void list(String directory) {
    JsonNode tree = cli.api().get(runPath + "/outputs/tree", ApiClient.query("path", directory));
    cli.show(
        tree,
        () -> {
          Table table = new Table(List.of("NAME", "SIZE"));
          tree.path("dirs").forEach(dir -> table.row(List.of(dir.asText() + "/", "")));
          for (JsonNode file : tree.path("files")) {
            table.row(List.of(file.path("name").asText(), file.path("size").asText()));
          }
          if (table.isEmpty()) {
            cli.output().line("No outputs in " + directory + " of " + runName + ".");
          } else {
            cli.output().table(table);
          }
        });
  }

  /** Writes one output file into {@code directory} under its own name, byte for byte. */
  void file(String path, Path directory) {
    String name = Path.of(path).getFileName().toString();
    Path target = directory.resolve(name);
    try (InputStream content =
        cli.api().download(runPath + "/outputs/files", ApiClient.query("path", path))) {
      Files.createDirectories(directory);
      Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw failed(e);
    }
    cli.output().say("Output " + path + " of " + runName + " written to " + target);
  }

  private static CliException failed(IOException e) {
    return new CliException(
        CliException.UNREACHABLE, "The outputs download failed: " + e.getMessage(), e);
  }
}
