package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.polyaxon.spec.yaml.SpecNode;

/** The type of one {@code hptuning.matrix} entry; {@link MatrixOptionReader} does the checking. */
public final class MatrixOptionType implements SpecType {

  /** The one instance. */
  public static final MatrixOptionType MATRIX_OPTION = new MatrixOptionType();

  private MatrixOptionType() {}

  @Override
  public boolean acceptsShape(SpecNode node) {
    return node instanceof SpecNode.MapNode;
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {
    MatrixOptionReader.read(node, path, problems);
  }

  @Override
  public String expected() {
    return "a matrix option";
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    return context.reference("matrixOption", () -> definition(context));
  }

  private static ObjectNode definition(JsonSchemaContext context) {
    ObjectNode schema = context.object().put("type", "object");
    schema.put(
        "description", "How the values of one hyperparameter are chosen: exactly one option.");
    schema.put("minProperties", 1).put("maxProperties", 1).put("additionalProperties", false);
    ObjectNode properties = schema.putObject("properties");
    properties.set(
        "values",
        context
            .object()
            .put("type", "array")
            .put("minItems", 1)
            .put("description", "discrete values"));
    ObjectNode pair = context.object().put("type", "array").put("minItems", 2).put("maxItems", 2);
    pair.putArray("prefixItems").add(context.object()).add(probability(context));
    properties.set(
        "pvalues",
        context
            .object()
            .put("type", "array")
            .put("minItems", 1)
            .put("description", "[value, probability] pairs, for random search and hyperband")
            .set("items", pair));
    for (String key : MatrixOptionReader.optionKeys()) {
      List<String> names = MatrixOptionReader.argumentNames(key);
      if (!names.isEmpty()) {
        properties.set(key, arguments(context, names));
      }
    }
    return schema;
  }

  private static ObjectNode probability(JsonSchemaContext context) {
    return context.object().put("type", "number").put("minimum", 0).put("maximum", 1);
  }

  /** A list, a mapping or a colon string of the argument names. */
  private static ObjectNode arguments(JsonSchemaContext context, List<String> names) {
    ObjectNode asList =
        context
            .object()
            .put("type", "array")
            .put("minItems", names.size())
            .put("maxItems", names.size());
    asList.set("items", context.object().put("type", "number"));
    ObjectNode asMap = context.object().put("type", "object").put("additionalProperties", false);
    ObjectNode properties = asMap.putObject("properties");
    ArrayNode required = asMap.putArray("required");
    for (String name : names) {
      properties.set(name, context.object().put("type", "number"));
      required.add(name);
    }
    String number = "\\s*[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?\\s*";
    String pattern = "^" + number + "(:" + number + "){" + (names.size() - 1) + "}$";
    ObjectNode asString = context.object().put("type", "string").put("pattern", pattern);
    ObjectNode schema = context.object().put("description", "[" + String.join(", ", names) + "]");
    schema.putArray("oneOf").add(asList).add(asMap).add(asString);
    return schema;
  }
}
