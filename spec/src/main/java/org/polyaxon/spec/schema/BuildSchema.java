package org.polyaxon.spec.schema;

import static org.polyaxon.spec.schema.Field.optional;

import java.util.ArrayList;
import java.util.List;

/** The {@code build} section, whose fields are also the top level of {@code kind: build}. */
public final class BuildSchema {

  private BuildSchema() {}

  /** {@code [NAME, value]}. */
  static final ListType ENV_VAR = new ListType(AnyType.ANY, 2, 2);

  /** The fields that say what to build. */
  public static final List<Field> BUILD_FIELDS =
      List.of(
          optional("image", ScalarType.string(), "base image: name[:tag] or host:port/name:tag"),
          optional("dockerfile", ScalarType.string(), "path of a Dockerfile in the repository"),
          optional("context", ScalarType.string(), "build context sub-path"),
          optional("build_steps", ListType.of(ScalarType.string()), "one RUN per command"),
          optional("env_vars", ListType.of(ENV_VAR), "[NAME, value] pairs, one ENV each"),
          optional("commit", ScalarType.string(), "the commit to build from"),
          optional("branch", ScalarType.string(), "the branch to build from"),
          optional("nocache", ScalarType.bool(), "force a rebuild"));

  /** {@code native} or {@code kaniko}. */
  public static final EnumType BACKEND = EnumType.of("native", "kaniko");

  /** The {@code build} section of experiments, groups, jobs, notebooks and tensorboards. */
  public static final ObjectType BUILD =
      new ObjectType(
          "build",
          "The image the run uses: exactly one of image or dockerfile.",
          concat(
              BUILD_FIELDS,
              List.of(
                  optional("backend", BACKEND, "native or kaniko"),
                  optional("environment", EnvironmentSchema.ENVIRONMENT, "the build pod"),
                  optional("version", ScalarType.integer(), "1"),
                  optional("kind", EnumType.of("build"), "build"),
                  optional("logging", CommonSchema.LOGGING, "logging"),
                  optional("tags", CommonSchema.TAGS, "tags"))));

  static List<Field> concat(List<Field> first, List<Field> second) {
    List<Field> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }
}
