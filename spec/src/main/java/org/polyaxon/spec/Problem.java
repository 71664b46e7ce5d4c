package org.polyaxon.spec;

import java.util.Comparator;

/**
 * One thing wrong with a Polyaxonfile: where it is ({@code file:line:column}, 1-based), which key
 * ({@code hptuning.matrix.lr.range}, {@code build.build_steps[0]}) and what was expected.
 *
 * <p>{@link #toString()} is the one-line form the CLI prints: {@code file:line:column: key.path:
 * message}.
 */
public record Problem(String file, int line, int column, String path, String message) {

  /** The path printed for a problem about the whole document. */
  public static final String ROOT = "(root)";

  /** Orders problems by file, then position, then path, so reports read top to bottom. */
  public static final Comparator<Problem> BY_POSITION =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::path)
          .thenComparing(Problem::message);

  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + (path.isEmpty() ? ROOT : path)
        + ": "
        + message;
  }
}
