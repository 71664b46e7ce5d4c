package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.polyaxon.spec.yaml.SpecNode;

/** A list whose items all have one type, with optional bounds on its length. */
public record ListType(SpecType item, int minItems, int maxItems) implements SpecType {

  /** A list of any length. */
  public static ListType of(SpecType item) {
    return new ListType(item, 0, Integer.MAX_VALUE);
  }

  @Override
  public boolean acceptsShape(SpecNode node) {
    return node instanceof SpecNode.ListNode;
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {
    if (!(node instanceof SpecNode.ListNode list)) {
      problems.add(node.position(), path, "expected " + expected() + ", got " + node.describe());
      return;
    }
    int size = list.items().size();
    if (size < minItems || size > maxItems) {
      problems.add(
          node.position(),
          path,
          "expected " + expected() + ", got " + size + (size == 1 ? " item" : " items"));
    }
    for (int i = 0; i < size; i++) {
      SpecNode value = list.items().get(i);
      if (value instanceof SpecNode.ScalarNode scalar && scalar.isNull() && item != AnyType.ANY) {
        problems.add(value.position(), Problems.item(path, i), "expected " + item.expected());
      } else {
        item.validate(value, Problems.item(path, i), problems);
      }
    }
  }

  @Override
  public String expected() {
    String base = "a list of " + plural(item.expected());
    if (minItems == maxItems) {
      return base + " with exactly " + minItems + " items";
    }
    if (minItems > 0 && maxItems == Integer.MAX_VALUE) {
      return base + " with at least " + minItems + " item" + (minItems == 1 ? "" : "s");
    }
    return base;
  }

  private static String plural(String expected) {
    // "a string" -> "strings", "an integer" -> "integers"; compound descriptions stay as they are.
    if (expected.equals(AnyType.ANY.expected())) {
      return "values";
    }
    String noun = expected.replaceFirst("^(a|an) ", "");
    return noun.contains(" ") ? "(" + expected + ")" : noun + "s";
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    ObjectNode schema = context.object().put("type", "array");
    schema.set("items", item.toJsonSchema(context));
    if (minItems > 0) {
      schema.put("minItems", minItems);
    }
    if (maxItems != Integer.MAX_VALUE) {
      schema.put("maxItems", maxItems);
    }
    return schema;
  }
}
