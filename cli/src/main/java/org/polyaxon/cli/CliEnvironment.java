package org.polyaxon.cli;

import java.util.Map;

/**
 * The environment variables the CLI reads. Injected so that in-process tests can set them; the
 * launcher passes the process environment.
 */
@FunctionalInterface
public interface CliEnvironment {
  /** The value of a variable, or null when unset. */
  String get(String name);

  static CliEnvironment system() {
    return System::getenv;
  }

  static CliEnvironment of(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return copy::get;
  }

  /** The value, or null when unset or blank. */
  default String nonBlank(String name) {
    String value = get(name);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
