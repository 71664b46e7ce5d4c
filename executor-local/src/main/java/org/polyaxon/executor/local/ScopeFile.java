package org.polyaxon.executor.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The identity of one state root: processes started under it can only be seen from this machine and
 * this root, so schedulers with another root must leave its runs alone. Created once, then read, so
 * a restarted server on the same root claims the same runs again.
 */
final class ScopeFile {
  static final String NAME = "scope";

  private ScopeFile() {}

  static String readOrCreate(Path stateRoot) {
    Path file = stateRoot.resolve(NAME);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(stateRoot);
        Path draft = Files.createTempFile(stateRoot, NAME, ".draft");
        Files.writeString(draft, "local:" + UUID.randomUUID().toString().replace("-", ""));
        try {
          // Two servers starting on one root at once must agree: the first move wins.
          Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException lost) {
          Files.deleteIfExists(draft);
        }
      }
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the scope of " + stateRoot, e);
    }
  }
}
