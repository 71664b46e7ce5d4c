package org.polyaxon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/** The CLI's dot-files: JSON objects, as 0.4.4 writes them, replaced atomically. */
final class StateFiles {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private StateFiles() {}

  static Optional<ObjectNode> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (JSON.readTree(file.toFile()) instanceof ObjectNode object) {
        return Optional.of(object);
      }
      throw CliException.user(file + " is not a JSON object; fix or delete it");
    } catch (IOException e) {
      throw CliException.user(file + " cannot be read (" + e.getMessage() + "); fix or delete it");
    }
  }

  /** Writes the file; {@code secret} ones are readable by their owner only (0600). */
  static void write(Path file, ObjectNode content, boolean secret) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary =
          Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      if (secret) {
        restrict(temporary);
      }
      Files.writeString(temporary, JSON.writeValueAsString(content) + "\n");
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw CliException.user("Cannot write " + file + ": " + e.getMessage());
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw CliException.user("Cannot delete " + file + ": " + e.getMessage());
    }
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user's profile directory is private already.
    }
  }
}
