package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ./.polyaxon/}: the project this directory is bound to ({@code .polyaxonproject}) and the
 * last experiment and job created from it ({@code .polyaxonxp}, {@code .polyaxonjob}), so that
 * {@code -p}, {@code -xp} and {@code -j} can be left out.
 */
final class ProjectDir {
  static final String DIR = ".polyaxon";
  static final String PROJECT = ".polyaxonproject";

  private final Path dir;

  ProjectDir(Path workDir) {
    this.dir = workDir.resolve(DIR);
  }

  /** A project as {@code user/name}. */
  record ProjectRef(String user, String name) {
    static ProjectRef parse(String text, String defaultUser) {
      String[] parts = text.split("/", -1);
      if (parts.length == 1 && !parts[0].isBlank() && defaultUser != null) {
        return new ProjectRef(defaultUser, parts[0]);
      }
      if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
        return new ProjectRef(parts[0], parts[1]);
      }
      throw CliException.user(
          "Project '" + text + "': expected USER/PROJECT (or PROJECT when logged in)");
    }

    String path() {
      return "/" + user + "/" + name;
    }

    @Override
    public String toString() {
      return user + "/" + name;
    }
  }

  Optional<ProjectRef> project() {
    return StateFiles.read(dir.resolve(PROJECT))
        .filter(node -> node.hasNonNull("user") && node.hasNonNull("name"))
        .map(node -> new ProjectRef(node.get("user").asText(), node.get("name").asText()));
  }

  void bind(JsonNode project) {
    ObjectNode node = StateFiles.JSON.createObjectNode();
    node.put("user", project.path("user").asText());
    node.put("name", project.path("name").asText());
    node.put("unique_name", project.path("unique_name").asText());
    node.put("description", project.path("description").asText(""));
    StateFiles.write(dir.resolve(PROJECT), node, false);
  }

  /** The last run of a kind created here, if it belongs to {@code project}. */
  Optional<Long> lastRun(RunType type, ProjectRef project) {
    return StateFiles.read(dir.resolve(type.cacheFile()))
        .filter(node -> project.toString().equals(node.path("project").asText()))
        .filter(node -> node.hasNonNull("id"))
        .map(node -> node.get("id").asLong());
  }

  void rememberRun(RunType type, ProjectRef project, JsonNode run) {
    ObjectNode node = StateFiles.JSON.createObjectNode();
    node.put("project", project.toString());
    node.put("id", run.path("id").asLong());
    node.put("uuid", run.path("uuid").asText());
    node.put("unique_name", run.path("unique_name").asText());
    StateFiles.write(dir.resolve(type.cacheFile()), node, false);
  }
}
