package org.polyaxon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code .polyaxonignore}: gitignore rules. Blank lines and {@code #} comments are skipped; {@code
 * !} re-includes; a trailing {@code /} matches directories only; a pattern with a {@code /} other
 * than a trailing one is anchored to the directory of the file, one without matches a name at any
 * depth; {@code *}, {@code ?}, {@code [...]} and {@code **} as in git. The last matching rule wins,
 * and nothing inside an ignored directory comes back, as in git.
 */
public final class IgnoreRules {
  /** Always left out: git's and the CLI's own state. */
  static final List<String> BUILT_IN = List.of(".git/", ".polyaxon/");

  private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {}

  private final List<Rule> rules = new ArrayList<>();

  private IgnoreRules(List<String> lines) {
    for (String raw : lines) {
      String line = raw.stripTrailing();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated) {
        line = line.substring(1);
      } else if (line.startsWith("\\!") || line.startsWith("\\#")) {
        line = line.substring(1);
      }
      boolean directoryOnly = line.endsWith("/");
      if (directoryOnly) {
        line = line.substring(0, line.length() - 1);
      }
      if (line.isEmpty()) {
        continue;
      }
      boolean anchored = line.contains("/");
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      String regex = (anchored ? "" : "(?:.*/)?") + glob(line);
      rules.add(new Rule(Pattern.compile(regex), negated, directoryOnly));
    }
  }

  public static IgnoreRules of(List<String> lines) {
    List<String> all = new ArrayList<>(BUILT_IN);
    all.addAll(lines);
    return new IgnoreRules(all);
  }

  /** The rules of {@code directory/.polyaxonignore}, or only the built-in ones. */
  public static IgnoreRules in(Path directory) {
    Path file = directory.resolve(".polyaxonignore");
    try {
      return of(Files.isRegularFile(file) ? Files.readAllLines(file) : List.of());
    } catch (IOException e) {
      throw CliException.user("Cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * Whether a path (relative, with {@code /}) is ignored by its own rules; callers skip the
   * contents of ignored directories themselves.
   */
  public boolean ignores(String relativePath, boolean directory) {
    boolean ignored = false;
    for (Rule rule : rules) {
      if (rule.directoryOnly() && !directory) {
        continue;
      }
      if (rule.pattern().matcher(relativePath).matches()) {
        ignored = !rule.negated();
      }
    }
    return ignored;
  }

  private static String glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
          boolean slashFollows = i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
          if (slashFollows) {
            regex.append("(?:.*/)?"); // "**/": any number of directories, none included
            i += 2;
          } else {
            regex.append(".*"); // "/**" at the end: everything inside
            i += 1;
          }
        } else {
          regex.append("[^/]*");
        }
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '[') {
        int close = pattern.indexOf(']', i + 1);
        if (close < 0) {
          regex.append("\\[");
        } else {
          String set = pattern.substring(i + 1, close);
          if (set.startsWith("!")) {
            set = "^" + set.substring(1);
          }
          regex.append('[').append(set.replace("\\", "\\\\")).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }
}
