package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * charts/polyaxon/README.md's parameter table is values.yaml: each key documented there by a {@code
 * # --} comment is one row, with its default (as compact JSON) and that comment.
 */
class ReadmeSyncTest {

  private static final Path CHART =
      Path.of(System.getProperty("polyaxon.chart.dir", "../charts/polyaxon"));
  private static final Pattern KEY = Pattern.compile("^(\\s*)([A-Za-z0-9_.\\-]+):.*$");
  private static final Pattern DOC = Pattern.compile("^\\s*# -- (.*)$");
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| `(.*)` \\| (.*) \\|$");

  record Param(String key, String defaultJson, String description) {}

  static List<Param> documentedValues() throws IOException {
    JsonNode values = new YAMLMapper().readTree(CHART.resolve("values.yaml").toFile());
    List<Param> params = new ArrayList<>();
    Deque<Map.Entry<Integer, String>> stack = new ArrayDeque<>();
    String pending = null;
    for (String line : Files.readAllLines(CHART.resolve("values.yaml"))) {
      Matcher doc = DOC.matcher(line);
      Matcher key = KEY.matcher(line);
      if (doc.matches()) {
        pending = doc.group(1);
      } else if (key.matches()) {
        int indent = key.group(1).length();
        while (!stack.isEmpty() && stack.peek().getKey() >= indent) {
          stack.pop();
        }
        stack.push(Map.entry(indent, key.group(2)));
        if (pending != null) {
          List<String> path = new ArrayList<>();
          stack.descendingIterator().forEachRemaining(e -> path.add(e.getValue()));
          JsonNode v = values;
          for (String k : path) {
            v = v.path(k);
          }
          params.add(
              new Param(String.join(".", path), new ObjectMapper().writeValueAsString(v), pending));
        }
        pending = null;
      } else if (line.isBlank() || !line.trim().startsWith("#")) {
        pending = null;
      }
    }
    return params;
  }

  static Map<String, Param> readmeRows() throws IOException {
    Map<String, Param> rows = new LinkedHashMap<>();
    boolean inParameters = false;
    for (String line : Files.readAllLines(CHART.resolve("README.md"))) {
      if (line.startsWith("## ")) {
        inParameters = line.equals("## Parameters");
      }
      Matcher m = ROW.matcher(line);
      if (inParameters && m.matches()) {
        rows.put(m.group(1), new Param(m.group(1), m.group(2), m.group(3)));
      }
    }
    return rows;
  }

  @Test
  void everyDocumentedValueIsARowWithItsDefaultAndDescription() throws IOException {
    List<Param> values = documentedValues();
    Map<String, Param> rows = readmeRows();

    assertThat(values).hasSizeGreaterThan(150);
    assertThat(rows.values()).containsExactlyElementsOf(values);
  }

  @Test
  void everyLeafOfValuesIsCoveredByADocumentedKey() throws IOException {
    JsonNode values = new YAMLMapper().readTree(CHART.resolve("values.yaml").toFile());
    List<String> documented = documentedValues().stream().map(Param::key).toList();
    List<String> leaves = new ArrayList<>();
    leaves(values, "", leaves);

    assertThat(leaves)
        .isNotEmpty()
        .allSatisfy(
            leaf ->
                assertThat(documented)
                    .as("documented key covering %s", leaf)
                    .anyMatch(d -> leaf.equals(d) || leaf.startsWith(d + ".")));
  }

  @Test
  void everyTopLevelKeyTheSchemaAcceptsIsInTheReadme() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(CHART.resolve("values.schema.json").toFile());
    String readme = Files.readString(CHART.resolve("README.md"));

    Iterator<String> keys = schema.path("properties").fieldNames();
    List<String> missing = new ArrayList<>();
    keys.forEachRemaining(
        k -> {
          if (!k.equals("global")
              && !readme.contains("`" + k + "`")
              && !readme.contains("`" + k + ".")) {
            missing.add(k);
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyOfTheUpstreamValuesFileIsAcceptedByTheSchema() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(CHART.resolve("values.schema.json").toFile());
    JsonNode upstream =
        new YAMLMapper().readTree(Path.of("src/test/resources/values-upstream-0.x.yaml").toFile());

    assertThat(upstream.fieldNames())
        .toIterable()
        .allSatisfy(k -> assertThat(schema.path("properties").has(k)).as(k).isTrue());
  }

  @Test
  void everyKeyNotesWarnsAboutIsListedAsNoEffectInTheReadme() throws IOException {
    String notes = Files.readString(CHART.resolve("templates/NOTES.txt"));
    String readme = Files.readString(CHART.resolve("README.md"));
    String noEffect =
        readme.substring(
            readme.indexOf("## Accepted keys with no effect"),
            readme.indexOf("## ", readme.indexOf("## Accepted keys with no effect") + 3));
    Matcher list = Pattern.compile("range \\$key := list ((?:\"[^\"]+\" ?)+)").matcher(notes);
    List<String> warned = new ArrayList<>();
    while (list.find()) {
      Matcher name = Pattern.compile("\"([^\"]+)\"").matcher(list.group(1));
      while (name.find()) {
        warned.add(name.group(1));
      }
    }

    assertThat(warned).contains("queues", "rabbitmq", "image", "internalPort");
    assertThat(warned)
        .filteredOn(
            k ->
                !List.of(
                        "image",
                        "imageTag",
                        "imagePullPolicy",
                        "resources",
                        "replicas",
                        "name",
                        "internalPort")
                    .contains(k))
        .allSatisfy(k -> assertThat(noEffect).contains("`" + k + "`"));
    assertThat(noEffect)
        .contains(
            "`streams.image`", "`api.service.internalPort`", "`scheduler.concurrency`", "`auth`");
  }

  private static void leaves(JsonNode node, String prefix, List<String> out) {
    if (node.isObject() && node.size() > 0) {
      node.fields()
          .forEachRemaining(
              e ->
                  leaves(
                      e.getValue(),
                      prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                      out));
    } else {
      out.add(prefix);
    }
  }
}
