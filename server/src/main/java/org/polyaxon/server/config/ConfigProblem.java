package org.polyaxon.server.config;

/**
 * Something wrong with one configuration value.
 *
 * @param location where it was read: {@code file:line:column} or {@code environment variable X}
 * @param key the option's dotted key
 * @param message what is wrong and what was expected
 */
public record ConfigProblem(String location, String key, String message) {
  @Override
  public String toString() {
    return location + ": " + key + ": " + message;
  }
}
