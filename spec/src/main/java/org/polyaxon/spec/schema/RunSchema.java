package org.polyaxon.spec.schema;

import static org.polyaxon.spec.schema.Field.optional;
import static org.polyaxon.spec.schema.Field.required;

import java.util.List;

/** The {@code run} section: {@code cmd} as a string, a list, or the {@code if} operator. */
public final class RunSchema {

  private RunSchema() {}

  /** A command: one string or a list joined with {@code &&}. */
  static final OneOfType COMMAND =
      OneOfType.of(ScalarType.string(), new ListType(ScalarType.string(), 1, Integer.MAX_VALUE));

  static final ObjectType IF_BODY =
      new ObjectType(
          "ifOperator",
          "Runs do when cond (rendered, then evaluated as a Jinja expression) is true.",
          List.of(
              required("cond", ScalarType.string(), "a Jinja expression, e.g. '{{ a }}' == 'x'"),
              required("do", COMMAND, "the command when cond is true"),
              optional("else_do", COMMAND, "the command when cond is false")));

  static final ObjectType IF =
      new ObjectType(null, null, List.of(required("if", IF_BODY, "a conditional command")));

  /** The section. */
  public static final ObjectType RUN =
      new ObjectType(
          "run",
          "What the run executes with /bin/bash -c.",
          List.of(
              required(
                  "cmd",
                  OneOfType.of(ScalarType.string(), COMMAND.alternatives().get(1), IF),
                  "a command, a list of commands, or {if: {cond, do, else_do}}")));
}
