package org.polyaxon.server.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A run's context directory, the local counterpart of 0.4's {@code /plx-context} volume: it holds
 * {@code .authtoken}, the run's token, readable by its owner only. Directories are {@code 0700},
 * the file {@code 0600} from its creation on (never briefly readable by others), and it is replaced
 * by a rename, so a reader sees the old token or the new one.
 */
final class RunContext {
  /** The file name 0.4's in-cluster clients read the token from. */
  static final String AUTH_TOKEN_FILE = ".authtoken";

  private final Path root;

  /**
   * @param root where the context directories of all runs live, one per run UUID
   */
  RunContext(Path root) {
    this.root = root;
  }

  /** Writes the run's token into its context directory and returns the directory. */
  Path writeToken(String runUuid, String token) {
    try {
      Path dir = privateDirectory(privateDirectory(root).resolve(runUuid));
      Path partial =
          Files.createTempFile(
              dir,
              AUTH_TOKEN_FILE,
              ".partial",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(partial, token, StandardCharsets.UTF_8);
      Files.move(
          partial,
          dir.resolve(AUTH_TOKEN_FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the run's token under " + root, e);
    }
  }

  private static Path privateDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    return dir;
  }
}
