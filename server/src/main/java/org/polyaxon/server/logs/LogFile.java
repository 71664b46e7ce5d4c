package org.polyaxon.server.logs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.ArtifactTree;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.error.NotFoundException;

/**
 * A run's log file read by byte offsets through the artifact store, so that following works the
 * same on every store: no {@code tail} process, no file handle held between reads. A log that does
 * not exist yet is an empty one.
 */
final class LogFile {
  private final ArtifactStore artifacts;
  private final RunPath run;
  private final String name;

  LogFile(ArtifactStore artifacts, RunPath run, String name) {
    this.artifacts = artifacts;
    this.run = run;
    this.name = name;
  }

  /** The size in bytes, 0 while the run wrote nothing. */
  long size() {
    try {
      for (ArtifactTree.FileEntry file : artifacts.list(RunArea.LOGS, run, "").files()) {
        if (file.name().equals(name)) {
          return file.size();
        }
      }
      return 0;
    } catch (NotFoundException notYet) {
      return 0;
    }
  }

  /**
   * Reads up to {@code into.length} bytes from {@code offset}; returns how many (fewer only at the
   * end of the file).
   */
  int read(long offset, byte[] into) {
    try (InputStream in = artifacts.openFile(RunArea.LOGS, run, name)) {
      long skipped = 0;
      while (skipped < offset) {
        long step = in.skip(offset - skipped);
        if (step <= 0) {
          return 0;
        }
        skipped += step;
      }
      return in.readNBytes(into, 0, into.length);
    } catch (NotFoundException notYet) {
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
