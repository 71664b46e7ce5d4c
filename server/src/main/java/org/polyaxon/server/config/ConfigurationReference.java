package org.polyaxon.server.config;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders {@code docs/configuration.md} from the option registry, so the two never disagree. */
public final class ConfigurationReference {
  private ConfigurationReference() {}

  public static String markdown(List<Option<?>> options) {
    StringBuilder out = new StringBuilder();
    out.append("# Configuration reference\n\n")
        .append("<!-- Generated from org.polyaxon.server.config.Options; do not edit by hand.\n")
        .append("     Regenerate: ./mvnw -pl server -am test -Dtest=ConfigurationReferenceTest")
        .append(" -Dpolyaxon.regenerateDocs=true -Dsurefire.failIfNoSpecifiedTests=false -->\n\n")
        .append(
            "The server reads `polyaxon.yaml` in the Helm chart's values vocabulary: the same key\n")
        .append(
            "means the same thing in both. Precedence, lowest first: the defaults below, the file\n")
        .append(
            "(`--config FILE`, else `$POLYAXON_HOME/polyaxon.yaml`, else none), then environment\n")
        .append("variables (the Polyaxon 0.4 name first; structured values as JSON or YAML).\n\n")
        .append(
            "A value of the wrong type stops the server with its file, line, column and what was\n")
        .append(
            "expected; an unknown key is a warning that names the closest known key. Secrets are\n")
        .append("best set through their environment variables.\n");
    String section = null;
    for (Option<?> option : options) {
      String head =
          option.key().contains(".")
              ? option.key().substring(0, option.key().indexOf('.'))
              : "general";
      if (!head.equals(section)) {
        section = head;
        out.append("\n## `")
            .append(head)
            .append("`\n\n")
            .append("| key | accepts | default | environment | meaning |\n")
            .append("|---|---|---|---|---|\n");
      }
      out.append("| `")
          .append(option.key())
          .append("` | ")
          .append(option.type().expected())
          .append(" | ")
          .append(defaultText(option))
          .append(" | ")
          .append(
              option.environment().stream()
                  .map(v -> "`" + v + "`")
                  .collect(Collectors.joining(", ")))
          .append(" | ")
          .append(option.secret() ? "Secret. " : "")
          .append(option.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String defaultText(Option<?> option) {
    Object value = option.defaultValue();
    if (value == null) {
      return "(none)";
    }
    if (value instanceof String s) {
      return s.isEmpty() ? "(empty)" : "`" + s + "`";
    }
    if ((value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty())) {
      return "(empty)";
    }
    if (value instanceof Collection<?> c) {
      return "`"
          + c.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))
          + "`";
    }
    return "`" + value + "`";
  }
}
