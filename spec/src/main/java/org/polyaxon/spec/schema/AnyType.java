package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.polyaxon.spec.yaml.SpecNode;

/** Any value at all (declaration values, {@code values} of a matrix option). */
public final class AnyType implements SpecType {

  /** The one instance. */
  public static final AnyType ANY = new AnyType();

  private AnyType() {}

  @Override
  public boolean acceptsShape(SpecNode node) {
    return true;
  }

  @Override
  public void validate(SpecNode node, String path, Problems problems) {}

  @Override
  public String expected() {
    return "any value";
  }

  @Override
  public ObjectNode toJsonSchema(JsonSchemaContext context) {
    return context.object();
  }
}
