package org.polyaxon.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polyaxon.core.error.InvalidInputException;

/**
 * Turns a relative name from outside (a query parameter, an archive entry) into a path under a
 * root, refusing every way out: absolute names, {@code ..}, NUL and backslashes.
 */
final class RelativePaths {
  private RelativePaths() {}

  /**
   * The plain segments of {@code name}: {@code .} and empty segments dropped, {@code ..} and
   * absolute names refused.
   */
  static List<String> segments(String name) {
    if (name == null) {
      return List.of();
    }
    if (name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0) {
      throw new InvalidInputException("Path '" + printable(name) + "': unexpected character");
    }
    if (name.startsWith("/")) {
      throw new InvalidInputException("Path '" + name + "': expected a relative path");
    }
    List<String> segments = new ArrayList<>();
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        throw new InvalidInputException("Path '" + name + "': '..' is not allowed");
      }
      if (!segment.isEmpty() && !segment.equals(".")) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** {@code root} joined with the segments of {@code name}, lexically under {@code root}. */
  static Path under(Path root, String name) {
    Path path = root;
    for (String segment : segments(name)) {
      path = path.resolve(segment);
    }
    Path normalized = path.normalize();
    if (!normalized.startsWith(root.normalize())) {
      throw new InvalidInputException("Path '" + name + "': leaves its directory");
    }
    return normalized;
  }

  /**
   * The real path of {@code path} when it exists and, after following every symbolic link, is still
   * under the real path of {@code root}; empty otherwise.
   */
  static Optional<Path> realInside(Path root, Path path) {
    try {
      Path real = path.toRealPath();
      Path realRoot = root.toRealPath();
      return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String printable(String name) {
    return name.replace("\0", "\\0");
  }
}
