package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * A string, integer, number or boolean, with an optional inclusive minimum for numbers. Integers
 * are accepted where numbers are; floats are not accepted where integers are.
 */
public record ScalarType(Kind kind, Double minimum, boolean exclusiveMinimum) implements SpecType {

  /** The JSON kinds of scalar. */
  public enum Kind {
    STRING("a string", "string"),
    INTEGER("an integer", "integer"),
    NUMBER("a number", "number"),
    BOOLEAN("a boolean", "boolean");

    final String expected;
    final String jsonType;

    Kind(String expected, String jsonType) {
      this.expected = expected;
      this.jsonType = jsonType;
    }
  }

  public static ScalarType string() {
    return new ScalarType(Kind.STRING, null, false);
  }

  public static ScalarType integer() {
    return new ScalarType(Kind.INTEGER, null, false);
  }

  /** An integer at least {@code minimum}. */
  public static ScalarType integer(long minimum) {
    return new ScalarType(Kind.INTEGER, (double) minimum, false);
  }

  public static ScalarType number() {
    return new ScalarType(Kind.NUMBER, null, false);
  }

  /** A number at least {@code minimum}. */
  public static ScalarType number(double minimum) {
    return new ScalarType(Kind.NUMBER, minimum, false);
  }

  /** A number strictly greater than {@code minimum}. */
  public static ScalarType numberAbove(double minimum) {
    return new ScalarType(Kind.NUMBER, minimum, true);
  }

  public static ScalarType bool() {
    return new ScalarType(Kind.BOOLEAN, null, false);
  }

  @Override
  public boolean acceptsShape(SpecNode node) {
    if (!(node instanceof SpecNode.ScalarNode scalar)) {
      return false;
    }
    Object value = scalar.value();
    return switch (kind) {
      case STRING -> value instanceof String;
      case INTEGER -> value instanceof Long;
      case NUMBER -> value instanceof Long || value instanceof Double;
      case BOOLEAN -> value instanceof Boolean;
    };
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {
    if (!acceptsShape(node)) {
      problems.add(node.position(), path, "expected " + expected() + ", got " + node.describe());
      return;
    }
    if (minimum != null && ((SpecNode.ScalarNode) node).value() instanceof Number number) {
      double value = number.doubleValue();
      boolean tooSmall = exclusiveMinimum ? !(value > minimum) : !(value >= minimum);
      if (tooSmall) {
        problems.add(node.position(), path, "expected " + expected() + ", got " + number);
      }
    }
  }

  @Override
  public String expected() {
    if (minimum == null) {
      return kind.expected;
    }
    String bound =
        minimum == Math.rint(minimum) ? String.valueOf(minimum.longValue()) : "" + minimum;
    return kind.expected + (exclusiveMinimum ? " greater than " : " of at least ") + bound;
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    ObjectNode schema = context.object().put("type", kind.jsonType);
    if (minimum != null) {
      String keyword = exclusiveMinimum ? "exclusiveMinimum" : "minimum";
      if (minimum == Math.rint(minimum)) {
        schema.put(keyword, minimum.longValue());
      } else {
        schema.put(keyword, minimum);
      }
    }
    return schema;
  }
}
