package org.polyaxon.server.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The value types options are declared with. */
public final class OptionTypes {
  private OptionTypes() {}

  public static final OptionType<String> STRING =
      text(
          "a string",
          raw -> {
            if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
              throw invalid(raw, "a string");
            }
            return String.valueOf(raw);
          });

  public static final OptionType<Boolean> BOOLEAN =
      simple(
          "true or false",
          raw -> {
            if (raw instanceof Boolean b) {
              return b;
            }
            throw invalid(raw, "true or false");
          });

  public static final OptionType<ZoneId> TIME_ZONE =
      text(
          "an IANA time zone such as UTC or Europe/Berlin",
          raw -> {
            try {
              return ZoneId.of(STRING.fromYaml(raw));
            } catch (DateTimeException e) {
              throw invalid(raw, "an IANA time zone such as UTC or Europe/Berlin");
            }
          });

  public static final OptionType<List<String>> STRING_LIST =
      simple(
          "a list of strings",
          raw -> {
            if (!(raw instanceof List<?> list)) {
              throw invalid(raw, "a list of strings");
            }
            List<String> values = new ArrayList<>();
            for (Object item : list) {
              if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                throw invalid(raw, "a list of strings");
              }
              values.add(String.valueOf(item));
            }
            return List.copyOf(values);
          });

  public static final OptionType<Map<String, String>> STRING_MAP =
      simple(
          "a mapping of string keys to string values",
          raw -> {
            if (!(raw instanceof Map<?, ?> map)) {
              throw invalid(raw, "a mapping of string keys to string values");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
              Object value = entry.getValue();
              if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw invalid(raw, "a mapping of string keys to string values");
              }
              values.put(String.valueOf(entry.getKey()), value == null ? "" : value.toString());
            }
            return Collections.unmodifiableMap(values);
          });

  /** Any YAML mapping, kept as it is (Kubernetes affinity, for example). */
  public static final OptionType<Map<String, Object>> OBJECT =
      simple(
          "a mapping",
          raw -> {
            if (!(raw instanceof Map<?, ?> map)) {
              throw invalid(raw, "a mapping");
            }
            return stringKeys(map);
          });

  /** A YAML list of mappings (Kubernetes tolerations, webhooks, for example). */
  public static final OptionType<List<Map<String, Object>>> OBJECT_LIST =
      simple(
          "a list of mappings",
          raw -> {
            if (!(raw instanceof List<?> list)) {
              throw invalid(raw, "a list of mappings");
            }
            List<Map<String, Object>> values = new ArrayList<>();
            for (Object item : list) {
              if (!(item instanceof Map<?, ?> map)) {
                throw invalid(raw, "a list of mappings");
              }
              values.add(stringKeys(map));
            }
            return List.copyOf(values);
          });

  /** A whole number between {@code min} and {@code max}, both included. */
  public static OptionType<Integer> integer(int min, int max) {
    String expected = "a whole number from " + min + " to " + max;
    return simple(
        expected,
        raw -> {
          if (raw instanceof Integer || raw instanceof Long) {
            long value = ((Number) raw).longValue();
            if (value >= min && value <= max) {
              return (int) value;
            }
          }
          throw invalid(raw, expected);
        });
  }

  /** One of {@code values}, matched exactly. */
  public static OptionType<String> oneOf(String... values) {
    List<String> accepted = List.of(values);
    String expected = "one of " + String.join(", ", accepted);
    return text(
        expected,
        raw -> {
          String value = raw == null ? null : String.valueOf(raw);
          if (accepted.contains(value)) {
            return value;
          }
          throw invalid(raw, expected);
        });
  }

  /** A mapping whose keys must be among {@code fields}; each value a string. */
  public static OptionType<Map<String, String>> record(String... fields) {
    Set<String> allowed = new TreeSet<>(List.of(fields));
    String expected = "a mapping with keys among " + String.join(", ", fields);
    return simple(
        expected,
        raw -> {
          Map<String, String> values = STRING_MAP.fromYaml(raw);
          for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
              throw new InvalidValueException("unknown key '" + key + "'; expected " + expected);
            }
          }
          return values;
        });
  }

  /** A mapping from names the user chooses to records of {@code fields}. */
  public static OptionType<Map<String, Map<String, String>>> namedRecords(String... fields) {
    OptionType<Map<String, String>> entry = record(fields);
    String expected = "a mapping of names to mappings with keys among " + String.join(", ", fields);
    return simple(
        expected,
        raw -> {
          if (!(raw instanceof Map<?, ?> map)) {
            throw invalid(raw, expected);
          }
          Map<String, Map<String, String>> values = new LinkedHashMap<>();
          for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            try {
              values.put(name, entry.fromYaml(e.getValue()));
            } catch (InvalidValueException problem) {
              throw new InvalidValueException(name + ": " + problem.getMessage());
            }
          }
          return Collections.unmodifiableMap(values);
        });
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> values = new LinkedHashMap<>();
    map.forEach((key, value) -> values.put(String.valueOf(key), value));
    return Collections.unmodifiableMap(values);
  }

  static InvalidValueException invalid(Object raw, String expected) {
    return new InvalidValueException(describe(raw) + " is not " + expected);
  }

  private static String describe(Object raw) {
    if (raw == null) {
      return "an empty value";
    }
    if (raw instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (raw instanceof List<?>) {
      return "a list";
    }
    if (raw instanceof String s) {
      return "'" + s + "'";
    }
    return String.valueOf(raw);
  }

  /** A type whose environment variable is taken verbatim rather than read as YAML. */
  private static <T> OptionType<T> text(String expected, Function<Object, T> f) {
    OptionType<T> structured = simple(expected, f);
    return new OptionType<>() {
      @Override
      public T fromYaml(Object raw) {
        return structured.fromYaml(raw);
      }

      @Override
      public String expected() {
        return expected;
      }

      @Override
      public T fromEnvironment(String text) {
        return structured.fromYaml(text);
      }
    };
  }

  private static <T> OptionType<T> simple(String expected, Function<Object, T> f) {
    return new OptionType<>() {
      @Override
      public T fromYaml(Object raw) {
        return f.apply(raw);
      }

      @Override
      public String expected() {
        return expected;
      }
    };
  }
}
