package org.polyaxon.server.config;

import java.util.List;
import java.util.Objects;

/**
 * One configuration option: its key in {@code polyaxon.yaml} (the chart's values vocabulary), its
 * type and default, the environment variables that override it (the Polyaxon 0.4 name first), and
 * what it does.
 *
 * @param key dotted path, for example {@code user.username}
 * @param type how values are read
 * @param defaultValue used when neither the file nor the environment sets it; may be null
 * @param environment variables that override the file, the first one is documented as canonical
 * @param secret true for passwords and keys: never printed, better set through the environment
 * @param description one sentence for the configuration reference
 * @param <T> the Java type of the value
 */
public record Option<T>(
    String key,
    OptionType<T> type,
    T defaultValue,
    List<String> environment,
    boolean secret,
    String description) {

  public Option {
    Objects.requireNonNull(key);
    Objects.requireNonNull(type);
    environment = List.copyOf(environment);
    Objects.requireNonNull(description);
  }
}
