package org.polyaxon.server.config;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration cannot be used; every problem found is listed, one per line. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;
  private final transient List<String> warnings;

  public ConfigException(List<ConfigProblem> problems, List<String> warnings) {
    super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
    this.warnings = List.copyOf(warnings);
  }

  /** Unknown keys found alongside the problems: a typo often explains an error. */
  public List<String> warnings() {
    return warnings;
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
