package org.polyaxon.artifacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.polyaxon.core.error.NotFoundException;

/**
 * Appends to files that another process may be appending to as well (a run's log, written line by
 * line by the executor's timestamper). The file is opened with {@code O_APPEND} and each append is
 * one {@code write(2)} of whole lines, which Linux applies to a regular file atomically with
 * respect to other writes, so lines of both writers never mix; appends from this JVM are also
 * serialised per file by striped locks, in case a write returns short and needs a second call.
 */
final class FileAppender {
  private static final int STRIPES = 64;

  private final Object[] locks = new Object[STRIPES];

  FileAppender() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /** Appends {@code bytes} to {@code file}, which must stay inside {@code root} once resolved. */
  void append(Path root, Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path parent =
          RelativePaths.realInside(root, file.getParent())
              .orElseThrow(() -> new NotFoundException("No directory for '" + file + "'"));
      Path target = parent.resolve(file.getFileName());
      synchronized (locks[Math.floorMod(target.hashCode(), STRIPES)]) {
        try (FileChannel channel =
            FileChannel.open(
                target,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND,
                LinkOption.NOFOLLOW_LINKS)) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
