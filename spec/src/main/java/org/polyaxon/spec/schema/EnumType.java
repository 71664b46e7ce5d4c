package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * One of a fixed set of lower-case strings. Like 0.4.4, the upper-case and capitalised spellings
 * ({@code MAXIMIZE}, {@code Maximize}) are accepted too; the compiled form uses lower case.
 */
public record EnumType(List<String> values) implements SpecType {

  public EnumType {
    values = List.copyOf(values);
  }

  /** The enum of the given values. */
  public static EnumType of(String... values) {
    return new EnumType(List.of(values));
  }

  @Override
  public boolean acceptsShape(SpecNode node) {
    return node instanceof SpecNode.ScalarNode scalar && scalar.value() instanceof String;
  }

  /** The declared spelling of an accepted text, for the compiled form. */
  public String canonical(String text) {
    return values.stream().filter(value -> value.equalsIgnoreCase(text)).findFirst().orElse(text);
  }

  /** True when the text is one of the values in an accepted spelling. */
  public boolean accepts(String text) {
    return spellings().contains(text);
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {
    if (!(node instanceof SpecNode.ScalarNode scalar && scalar.value() instanceof String text)
        || !accepts(text)) {
      problems.add(node.position(), path, "expected " + expected() + ", got " + node.describe());
    }
  }

  @Override
  public String expected() {
    return "one of " + String.join(", ", values);
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    ObjectNode schema = context.object().put("type", "string");
    ArrayNode allowed = schema.putArray("enum");
    spellings().forEach(allowed::add);
    return schema;
  }

  private Set<String> spellings() {
    Set<String> all = new LinkedHashSet<>(values);
    for (String value : values) {
      all.add(value.toLowerCase(Locale.ROOT));
      all.add(value.toUpperCase(Locale.ROOT));
      all.add(
          value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1));
    }
    return all;
  }
}
