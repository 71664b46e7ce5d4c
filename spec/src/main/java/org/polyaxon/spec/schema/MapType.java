package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.polyaxon.spec.yaml.SpecNode;

/** A mapping with free keys (node selectors, declarations, Kubernetes affinity). */
public record MapType(SpecType value) implements SpecType {

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
    if (value == AnyType.ANY) {
      return;
    }
    for (SpecNode.Entry entry : map.entries().values()) {
      value.validate(entry.value(), Problems.child(path, entry.key()), problems);
    }
  }

  @Override
  public String expected() {
    return "a mapping";
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    ObjectNode schema = context.object().put("type", "object");
    if (value != AnyType.ANY) {
      schema.set("additionalProperties", value.toJsonSchema(context));
    }
    return schema;
  }
}
