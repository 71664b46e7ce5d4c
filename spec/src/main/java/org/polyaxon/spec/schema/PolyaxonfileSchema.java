package org.polyaxon.spec.schema;

import static org.polyaxon.spec.schema.Field.optional;
import static org.polyaxon.spec.schema.Field.required;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sections of a Polyaxonfile of spec version 1, per kind. These definitions drive both the
 * validator and the published JSON Schema ({@link #jsonSchema()}).
 */
public final class PolyaxonfileSchema {

  private PolyaxonfileSchema() {}

  /** The kinds of version 1. */
  public static final List<String> KINDS =
      List.of("experiment", "group", "job", "build", "notebook", "tensorboard");

  /** Experiment backends. */
  public static final EnumType EXPERIMENT_BACKEND = EnumType.of("native", "kubeflow", "mpi");

  /** Notebook backends. */
  public static final EnumType NOTEBOOK_BACKEND = EnumType.of("notebook", "lab");

  private static final Map<String, ObjectType> BY_KIND = new LinkedHashMap<>();

  static {
    for (String kind : KINDS) {
      BY_KIND.put(
          kind,
          new ObjectType(kind + "File", "A Polyaxonfile of kind " + kind + ".", fields(kind)));
    }
  }

  private static List<Field> fields(String kind) {
    List<Field> fields = new ArrayList<>();
    fields.add(required("version", ScalarType.integer(), "the spec version: 1"));
    fields.add(required("kind", EnumType.of(kind), "the kind of file"));
    fields.add(optional("logging", CommonSchema.LOGGING, "logging"));
    fields.add(optional("tags", CommonSchema.TAGS, "tags"));
    switch (kind) {
      case "experiment", "group" -> {
        fields.add(optional("backend", EXPERIMENT_BACKEND, "native (default), kubeflow or mpi"));
        fields.add(optional("framework", ScalarType.string(), "tensorflow, mxnet, pytorch..."));
        fields.add(optional("environment", EnvironmentSchema.RUN_ENVIRONMENT, "environment"));
        declarations(fields);
        if (kind.equals("group")) {
          fields.add(required("hptuning", HptuningSchema.HPTUNING, "the search"));
        }
        fields.add(optional("build", BuildSchema.BUILD, "the image (required with run)"));
        fields.add(optional("run", RunSchema.RUN, "the command"));
        for (String legacy : List.of("model", "train", "eval")) {
          fields.add(optional(legacy, new MapType(AnyType.ANY), "legacy polyaxon-lib section"));
        }
      }
      case "job" -> {
        fields.add(optional("environment", EnvironmentSchema.ENVIRONMENT, "environment"));
        declarations(fields);
        fields.add(required("build", BuildSchema.BUILD, "the image"));
        fields.add(required("run", RunSchema.RUN, "the command"));
      }
      case "build" -> {
        fields.add(optional("backend", BuildSchema.BACKEND, "native (default) or kaniko"));
        fields.add(optional("environment", EnvironmentSchema.ENVIRONMENT, "the build pod"));
        fields.addAll(BuildSchema.BUILD_FIELDS);
      }
      case "notebook" -> {
        fields.add(optional("backend", NOTEBOOK_BACKEND, "notebook (default) or lab"));
        fields.add(optional("environment", EnvironmentSchema.ENVIRONMENT, "environment"));
        fields.add(required("build", BuildSchema.BUILD, "the image"));
      }
      case "tensorboard" -> {
        fields.add(optional("environment", EnvironmentSchema.ENVIRONMENT, "environment"));
        fields.add(required("build", BuildSchema.BUILD, "the image"));
      }
      default -> throw new IllegalArgumentException(kind);
    }
    return fields;
  }

  private static void declarations(List<Field> fields) {
    fields.add(optional("declarations", CommonSchema.DECLARATIONS, "values for templates"));
    fields.add(optional("params", CommonSchema.DECLARATIONS, "alias of declarations"));
  }

  /** The top-level type of a kind. */
  public static ObjectType forKind(String kind) {
    ObjectType type = BY_KIND.get(kind);
    if (type == null) {
      throw new IllegalArgumentException("unknown kind " + kind);
    }
    return type;
  }

  /** Every top-level section of any kind, sorted. */
  public static Set<String> allSections() {
    Set<String> all = new TreeSet<>();
    BY_KIND.values().forEach(type -> type.fields().forEach(field -> all.add(field.name())));
    return all;
  }

  /** {@link #jsonSchema()} pretty-printed, ending with a newline. */
  public static String jsonSchemaText() {
    try {
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(jsonSchema())
          + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON Schema (draft 2020-12) of a Polyaxonfile of any kind, for editors. */
  public static ObjectNode jsonSchema() {
    JsonSchemaContext context = new JsonSchemaContext();
    ObjectNode schema = context.object();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://polyaxon.org/schemas/polyaxonfile-v1.json");
    schema.put("title", "Polyaxonfile, spec version 1");
    schema.put("type", "object");
    // Kinds are matched exactly, unlike the enums inside the sections.
    ObjectNode kindProperty = context.object().put("type", "string");
    KINDS.forEach(kindProperty.putArray("enum")::add);
    schema.putObject("properties").set("kind", kindProperty.put("description", "the kind of file"));
    schema.putArray("required").add("version").add("kind");
    ArrayNode oneOf = schema.putArray("oneOf");
    for (String kind : KINDS) {
      ObjectNode kindSchema = forKind(kind).toJsonSchema(context);
      oneOf.add(kindSchema);
    }
    // The kind's own definitions accept only exact spellings of the version.
    ObjectNode defs = schema.putObject("$defs");
    context.definitions().forEach(defs::set);
    for (String kind : KINDS) {
      ObjectNode properties = (ObjectNode) defs.get(kind + "File").get("properties");
      properties.set("version", context.object().put("const", 1).put("description", "1"));
      properties.set("kind", context.object().put("const", kind));
    }
    return schema;
  }
}
