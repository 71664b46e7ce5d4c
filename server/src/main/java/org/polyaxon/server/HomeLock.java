package org.polyaxon.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/** An exclusive lock on a {@link PolyaxonHome}; the operating system releases it if we die. */
final class HomeLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private HomeLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static HomeLock acquire(PolyaxonHome home) {
    try {
      Files.createDirectories(home.root());
      FileChannel channel =
          FileChannel.open(home.serverLock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new StartupException(
            "Another Polyaxon server is already running with its data in "
                + home.root()
                + ". Stop it first, or set POLYAXON_HOME to another directory.");
      }
      return new HomeLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not lock " + home.serverLock(), e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another platform in this same JVM
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
