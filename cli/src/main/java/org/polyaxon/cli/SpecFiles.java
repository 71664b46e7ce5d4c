package org.polyaxon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.polyaxon.spec.ParseResult;
import org.polyaxon.spec.PolyaxonfileParser;
import org.polyaxon.spec.Problem;
import org.polyaxon.spec.SpecSource;
import org.polyaxon.spec.SpecSummary;
import org.polyaxon.spec.yaml.SpecNode;
import org.polyaxon.spec.yaml.TreeMerger;
import org.polyaxon.spec.yaml.YamlReader;

/**
 * Polyaxonfiles given with {@code -f}: checked here first (so problems come with file:line:column
 * before anything is sent), then merged in order into the JSON object the API takes as {@code
 * config}, as the 0.4.4 CLI sends it.
 */
final class SpecFiles {
  static final List<String> DEFAULT_NAMES =
      List.of("polyaxon", "polyaxonci", "polyaxon-ci", "polyaxon.ci", "polyaxonfile").stream()
          .flatMap(n -> List.of(n + ".yaml", n + ".yml", n + ".json").stream())
          .toList();
  static final String NO_DEFAULT_FILE =
      "No Polyaxonfile given and none found here (polyaxon.yaml, polyaxonfile.yml, ...)";

  private SpecFiles() {}

  /**
   * A checked, merged Polyaxonfile.
   *
   * @param kind experiment, job, group, ...
   * @param config the merged file as JSON
   */
  record Spec(String kind, JsonNode config) {}

  static Spec read(CliContext context, List<String> names) {
    List<Path> files = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      files.add(
          defaultFile(context)
              .orElseThrow(() -> CliException.user(NO_DEFAULT_FILE + ": pass -f FILE")));
    } else {
      for (String name : names) {
        Path file = context.resolve(name);
        if (!Files.isRegularFile(file)) {
          throw CliException.user("No such Polyaxonfile: " + file);
        }
        files.add(file);
      }
    }
    ParseResult result = PolyaxonfileParser.parseFiles(files);
    if (!(result instanceof ParseResult.Valid valid)) {
      throw CliException.user(
          "The Polyaxonfile has "
              + result.problems().size()
              + " problem(s); fix them and run again:\n"
              + result.problems().stream()
                  .map(Problem::toString)
                  .collect(Collectors.joining("\n")));
    }
    return new Spec(SpecSummary.of(valid.spec()).kind(), merged(files));
  }

  /**
   * Partial Polyaxonfiles (restart's changes, merged by the server over the original's): read and
   * merged, but not validated on their own.
   */
  static JsonNode partial(CliContext context, List<String> names) {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path file = context.resolve(name);
      if (!Files.isRegularFile(file)) {
        throw CliException.user("No such Polyaxonfile: " + file);
      }
      files.add(file);
    }
    return merged(files);
  }

  /** The first of the default names that is a file in the working directory. */
  static Optional<Path> defaultFile(CliContext context) {
    return DEFAULT_NAMES.stream().map(context::resolve).filter(Files::isRegularFile).findFirst();
  }

  private static JsonNode merged(List<Path> files) {
    SpecNode merged = null;
    for (Path file : files) {
      try {
        YamlReader.Result read = YamlReader.read(SpecSource.of(file));
        if (!read.problems().isEmpty() || read.root().isEmpty()) {
          throw CliException.user(
              "The Polyaxonfile cannot be read:\n"
                  + read.problems().stream()
                      .map(Problem::toString)
                      .collect(Collectors.joining("\n")));
        }
        SpecNode root = read.root().get();
        merged = merged == null ? root : TreeMerger.merge(merged, root);
      } catch (IOException e) {
        throw CliException.user("Cannot read " + file + ": " + e.getMessage());
      }
    }
    return json(merged);
  }

  private static JsonNode json(SpecNode node) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (node instanceof SpecNode.MapNode map) {
      ObjectNode object = nodes.objectNode();
      map.entries().forEach((key, entry) -> object.set(key, json(entry.value())));
      return object;
    }
    if (node instanceof SpecNode.ListNode list) {
      ArrayNode array = nodes.arrayNode();
      list.items().forEach(item -> array.add(json(item)));
      return array;
    }
    Object value = ((SpecNode.ScalarNode) node).value();
    if (value == null) {
      return nodes.nullNode();
    }
    if (value instanceof Boolean b) {
      return nodes.booleanNode(b);
    }
    if (value instanceof Long l) {
      return nodes.numberNode(l);
    }
    if (value instanceof Double d) {
      return nodes.numberNode(d);
    }
    return nodes.textNode(value.toString());
  }
}
