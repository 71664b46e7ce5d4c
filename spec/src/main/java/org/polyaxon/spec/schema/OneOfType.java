package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * One of several types told apart by the shape of the value (a string or a list or a mapping), as
 * for {@code run.cmd}. The first alternative whose shape fits checks the value.
 */
public record OneOfType(List<SpecType> alternatives) implements SpecType {

  public OneOfType {
    alternatives = List.copyOf(alternatives);
  }

  /** The alternatives in order of preference. */
  public static OneOfType of(SpecType... alternatives) {
    return new OneOfType(List.of(alternatives));
  }

  @Override
  public boolean acceptsShape(SpecNode node) {
    return alternatives.stream().anyMatch(type -> type.acceptsShape(node));
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {
    for (SpecType type : alternatives) {
      if (type.acceptsShape(node)) {
        type.validate(node, path, problems);
        return;
      }
    }
    problems.add(node.position(), path, "expected " + expected() + ", got " + node.describe());
  }

  @Override
  public String expected() {
    return alternatives.stream().map(SpecType::expected).collect(Collectors.joining(" or "));
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    ObjectNode schema = context.object();
    ArrayNode oneOf = schema.putArray("oneOf");
    alternatives.forEach(type -> oneOf.add(type.toJsonSchema(context)));
    return schema;
  }
}
