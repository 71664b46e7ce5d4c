package org.polyaxon.spec.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * The type of one value of a Polyaxonfile. Each type both checks a node (collecting problems with
 * positions) and describes itself as JSON Schema, so the validator and the published schema come
 * from the same definitions.
 */
public interface SpecType {

  /** Checks a (non-null) node; records every problem found. */
  void validate(SpecNode node, String path, Problems problems);

  /** True when the node has the shape this type expects (a mapping, a list, a string...). */
  boolean acceptsShape(SpecNode node);

  /** What a value of this type is, for messages: "an integer", "a list of strings". */
  String expected();

  /** This type as a JSON Schema (draft 2020-12) object; named types go to {@code $defs}. */
  ObjectNode toJsonSchema(JsonSchemaContext context);
}
