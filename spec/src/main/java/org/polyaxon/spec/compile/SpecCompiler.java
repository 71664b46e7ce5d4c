package org.polyaxon.spec.compile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.util.Map;
import org.polyaxon.spec.model.BuildSpec;
import org.polyaxon.spec.model.ExperimentSpec;
import org.polyaxon.spec.model.GroupSpec;
import org.polyaxon.spec.model.JobSpec;
import org.polyaxon.spec.model.NotebookSpec;
import org.polyaxon.spec.model.Polyaxonfile;
import org.polyaxon.spec.model.TensorboardSpec;
import org.polyaxon.spec.yaml.SpecNode;

/**
 * Compiles a valid tree into the typed model and writes and reads the compiled JSON form:
 * snake_case keys as in the Polyaxonfile, absent sections left out, defaults filled in.
 */
public final class SpecCompiler {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .addModule(MatrixOptionJson.module())
          .build();

  private SpecCompiler() {}

  /** The model of a tree that passed validation. */
  public static Polyaxonfile compile(SpecNode.MapNode root, String kind) {
    Map<String, Object> normal = Normalizer.normalize(root, kind);
    return MAPPER.convertValue(normal, modelClass(kind));
  }

  /** The compiled form: pretty-printed JSON ending with a newline. */
  public static String toJson(Polyaxonfile spec) {
    try {
      return MAPPER.writeValueAsString(spec) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a compiled form back into the model. */
  public static Polyaxonfile fromJson(String json) {
    try {
      String kind = MAPPER.readTree(json).path("kind").asText();
      return MAPPER.readValue(json, modelClass(kind));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<? extends Polyaxonfile> modelClass(String kind) {
    return switch (kind) {
      case "experiment" -> ExperimentSpec.class;
      case "group" -> GroupSpec.class;
      case "job" -> JobSpec.class;
      case "build" -> BuildSpec.class;
      case "notebook" -> NotebookSpec.class;
      case "tensorboard" -> TensorboardSpec.class;
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }
}
