package org.polyaxon.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Builds the {@link PlatformConfig}: built-in defaults, then {@code polyaxon.yaml}, then the
 * environment. Every bad value is reported at once with its place; unknown keys are warnings that
 * name the closest known key, so a typo shows.
 */
public final class ConfigLoader {
  private final List<Option<?>> options;
  private final Map<String, Option<?>> byKey = new HashMap<>();
  private final Set<String> sections = new HashSet<>();

  public ConfigLoader(List<Option<?>> options) {
    this.options = List.copyOf(options);
    for (Option<?> option : options) {
      byKey.put(option.key(), option);
      String key = option.key();
      for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
        sections.add(key.substring(0, dot));
      }
    }
  }

  /** The registry of {@link Options}. */
  public static ConfigLoader standard() {
    return new ConfigLoader(Options.all());
  }

  public PlatformConfig load(Optional<Path> file, Map<String, String> environment) {
    Map<Option<?>, Object> values = new LinkedHashMap<>();
    List<ConfigProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> chartOnly = new ArrayList<>();
    file.ifPresent(path -> readFile(path, values, problems, warnings, chartOnly));
    readEnvironment(environment, values, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems, warnings);
    }
    return new PlatformConfig(values, warnings, chartOnly);
  }

  private void readFile(
      Path path,
      Map<Option<?>, Object> values,
      List<ConfigProblem> problems,
      List<String> warnings,
      List<String> chartOnly) {
    String text;
    try {
      text = Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the configuration file " + path, e);
    }
    FileReader reader = new FileReader(path.toString(), values, problems, warnings, chartOnly);
    try {
      LoadSettings settings = LoadSettings.builder().setLabel(path.toString()).build();
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        return;
      }
      if (!(root.get() instanceof MappingNode mapping)) {
        problems.add(
            new ConfigProblem(reader.at(root.get()), "(top level)", "expected a mapping of keys"));
        return;
      }
      reader.walk(mapping, "");
    } catch (MarkedYamlEngineException e) {
      String where = e.getProblemMark().map(m -> reader.at(m)).orElse(path.toString());
      problems.add(new ConfigProblem(where, "(syntax)", e.getProblem()));
    }
  }

  private void readEnvironment(
      Map<String, String> environment,
      Map<Option<?>, Object> values,
      List<ConfigProblem> problems) {
    for (Option<?> option : options) {
      for (String variable : option.environment()) {
        String text = environment.get(variable);
        if (text == null || text.isEmpty()) {
          continue;
        }
        try {
          values.put(option, option.type().fromEnvironment(text));
        } catch (InvalidValueException e) {
          problems.add(
              new ConfigProblem("environment variable " + variable, option.key(), e.getMessage()));
        }
        break; // the first variable set wins: the 0.4 name before its aliases
      }
    }
  }

  /** Walks one file's YAML tree, matching keys against the registry. */
  private final class FileReader {
    private final String file;
    private final Map<Option<?>, Object> values;
    private final List<ConfigProblem> problems;
    private final List<String> warnings;
    private final List<String> chartOnly;
    private final StandardConstructor constructor =
        new StandardConstructor(LoadSettings.builder().build());

    FileReader(
        String file,
        Map<Option<?>, Object> values,
        List<ConfigProblem> problems,
        List<String> warnings,
        List<String> chartOnly) {
      this.file = file;
      this.values = values;
      this.problems = problems;
      this.warnings = warnings;
      this.chartOnly = chartOnly;
    }

    void walk(MappingNode mapping, String prefix) {
      for (NodeTuple tuple : mapping.getValue()) {
        String name =
            tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "<complex key>";
        String key = prefix.isEmpty() ? name : prefix + "." + name;
        Node value = tuple.getValueNode();
        Option<?> option = byKey.get(key);
        if (option != null) {
          read(option, value);
        } else if (sections.contains(key)) {
          if (value instanceof MappingNode nested) {
            walk(nested, key);
          } else if (constructor.constructSingleDocument(Optional.of(value)) != null) {
            problems.add(new ConfigProblem(at(value), key, "expected a mapping"));
          }
        } else if (isChartOnly(key)) {
          chartOnly.add(key);
        } else {
          warnings.add(at(tuple.getKeyNode()) + ": unknown key '" + key + "'" + suggestion(key));
        }
      }
    }

    private void read(Option<?> option, Node node) {
      Object raw = constructor.constructSingleDocument(Optional.of(node));
      if (raw == null) {
        return; // `key:` with nothing after it keeps the default, as in values.yaml
      }
      try {
        values.put(option, option.type().fromYaml(raw));
      } catch (InvalidValueException e) {
        problems.add(new ConfigProblem(at(node), option.key(), e.getMessage()));
      }
    }

    String at(Node node) {
      return node.getStartMark().map(this::at).orElse(file);
    }

    String at(Mark mark) {
      return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }
  }

  /** A chart-only key, or a key under one (api.image under api), is noted, not warned about. */
  private static boolean isChartOnly(String key) {
    for (String prefix = key; ; prefix = prefix.substring(0, prefix.lastIndexOf('.'))) {
      if (Options.chartOnlyKeys().contains(prefix)) {
        return true;
      }
      if (prefix.indexOf('.') < 0) {
        return false;
      }
    }
  }

  private String suggestion(String key) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    Set<String> known = new HashSet<>(byKey.keySet());
    known.addAll(sections);
    for (String candidate : known) {
      int distance =
          candidate.equalsIgnoreCase(key)
              ? 0
              : EditDistance.between(
                  candidate.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    // Short keys are close to many others: "dns" is not a typo of "dirs".
    int tolerance = key.length() <= 4 ? 1 : 2;
    return best != null && bestDistance <= tolerance ? " (did you mean '" + best + "'?)" : "";
  }
}
