package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Builds JSON Schema objects and collects the named definitions they refer to. */
public final class JsonSchemaContext {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  /** A fresh JSON object. */
  public ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A {@code $ref} to the named definition, building it the first time it is used. */
  public ObjectNode reference(String name, Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, object()); // placeholder: a definition may refer to itself
      definitions.put(name, definition.get());
    }
    return object().put("$ref", "#/$defs/" + name);
  }

  /** The definitions collected so far, sorted by name. */
  public Map<String, ObjectNode> definitions() {
    return definitions;
  }
}
