package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * A mapping with known keys; unknown keys are rejected, as every 0.4.4 schema does. A key set to
 * null counts as absent. A named object type becomes a {@code $defs} entry in the JSON Schema.
 */
public final class ObjectType implements SpecType {

  private final String name;
  private final String description;
  private final Map<String, Field> fields = new LinkedHashMap<>();

  /** A type with the given fields; {@code name} may be null for an inline type. */
  public ObjectType(String name, String description, List<Field> fields) {
    this.name = name;
    this.description = description;
    fields.forEach(field -> this.fields.put(field.name(), field));
  }

  /** This type with more fields, under another name. */
  public ObjectType extend(String newName, String newDescription, List<Field> more) {
    List<Field> all = new ArrayList<>(fields.values());
    all.addAll(more);
    return new ObjectType(newName, newDescription, all);
  }

  /** The field of a key, if the key is known. */
  public Optional<Field> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The fields in declaration order. */
  public List<Field> fields() {
    return List.copyOf(fields.values());
  }

  @Override
  public boolean acceptsShape(SpecNode node) {
    return node instanceof SpecNode.MapNode;
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {
    if (!(node instanceof SpecNode.MapNode map)) {
      problems.add(node.position(), path, "expected " + expected() + ", got " + node.describe());
      return;
    }
    for (SpecNode.Entry entry : map.entries().values()) {
      String keyPath = Problems.child(path, entry.key());
      Field field = fields.get(entry.key());
      if (field == null) {
        problems.add(entry.keyPosition(), keyPath, "unknown key; expected one of " + keyList());
      } else if (entry.value() instanceof SpecNode.ScalarNode scalar && scalar.isNull()) {
        if (field.required()) {
          problems.add(entry.keyPosition(), keyPath, "expected " + field.type().expected());
        }
      } else {
        field.type().validate(entry.value(), keyPath, problems);
      }
    }
    for (Field field : fields.values()) {
      if (field.required() && !map.entries().containsKey(field.name())) {
        problems.add(
            map.position(),
            Problems.child(path, field.name()),
            "is required (" + field.type().expected() + ")");
      }
    }
  }

  /** The known keys, for messages. */
  public String keyList() {
    return String.join(", ", fields.keySet());
  }

  @Override
  public String expected() {
    return "a mapping";
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    return name == null ? inline(context) : context.reference(name, () -> inline(context));
  }

  private ObjectNode inline(JsonSchemaContext context) {
    ObjectNode schema = context.object().put("type", "object");
    if (description != null) {
      schema.put("description", description);
    }
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = context.object().arrayNode();
    for (Field field : fields.values()) {
      ObjectNode property = field.type().toJsonSchema(context);
      if (field.description() != null && !property.has("$ref")) {
        property.put("description", field.description());
      }
      properties.set(field.name(), property);
      if (field.required()) {
        required.add(field.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }
}
