package org.polyaxon.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The objects of one render, hooks included (see {@link ChartUnderTest}). */
record Rendered(String yaml, List<JsonNode> objects) {

  static final YAMLMapper YAML = new YAMLMapper();

  static Rendered parse(String yaml) {
    List<JsonNode> docs = new ArrayList<>();
    try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNext()) {
        JsonNode doc = it.next();
        if (doc != null && doc.isObject() && doc.size() > 0) {
          docs.add(doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("rendered YAML does not parse:\n" + yaml, e);
    }
    return new Rendered(yaml, List.copyOf(docs));
  }

  Optional<JsonNode> find(String kind, String name) {
    return objects.stream()
        .filter(o -> kind.equals(o.path("kind").asText()))
        .filter(o -> name.equals(o.path("metadata").path("name").asText()))
        .findFirst();
  }

  JsonNode get(String kind, String name) {
    return find(kind, name)
        .orElseThrow(() -> new NoSuchElementException(kind + " " + name + " not rendered"));
  }

  List<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  /** The objects that are Helm hooks. */
  List<JsonNode> hooks() {
    return objects.stream().filter(o -> !hookEvents(o).isEmpty()).toList();
  }

  /** The objects Helm installs as the release (no hooks). */
  List<JsonNode> releaseObjects() {
    return objects.stream().filter(o -> hookEvents(o).isEmpty()).toList();
  }

  static String hookEvents(JsonNode o) {
    return o.path("metadata").path("annotations").path(ChartUnderTest.HOOK_PREFIX).asText("");
  }

  static String hookAnnotation(JsonNode o, String suffix) {
    return o.path("metadata")
        .path("annotations")
        .path(ChartUnderTest.HOOK_PREFIX + suffix)
        .asText("");
  }

  JsonNode deployment(String component) {
    return get("Deployment", ChartUnderTest.FULLNAME + "-" + component);
  }

  static JsonNode podSpec(JsonNode workload) {
    return workload.path("spec").path("template").path("spec");
  }

  static JsonNode container(JsonNode workload, String name) {
    for (JsonNode c : podSpec(workload).path("containers")) {
      if (name.equals(c.path("name").asText())) {
        return c;
      }
    }
    throw new NoSuchElementException("container " + name);
  }

  /** The value of env var {@code name} of a container, or the missing node. */
  static JsonNode env(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (name.equals(e.path("name").asText())) {
        return e;
      }
    }
    return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  static Optional<JsonNode> named(JsonNode array, String name) {
    for (JsonNode e : array) {
      if (name.equals(e.path("name").asText())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The text of {@code polyaxon.yaml} in ConfigMap {@code <fullname>-config}. */
  String configText() {
    return get("ConfigMap", ChartUnderTest.FULLNAME + "-config")
        .path("data")
        .path("polyaxon.yaml")
        .asText();
  }

  /** The platform configuration file of ConfigMap {@code <fullname>-config}. */
  JsonNode config() {
    String text = configText();
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("polyaxon.yaml does not parse:\n" + text, e);
    }
  }

  /** Decoded data of a Secret. */
  String secret(String name, String key) {
    JsonNode v = get("Secret", name).path("data").path(key);
    if (v.isMissingNode()) {
      return null;
    }
    return new String(java.util.Base64.getDecoder().decode(v.asText()));
  }

  static ObjectNode obj() {
    return YAML.createObjectNode();
  }
}
