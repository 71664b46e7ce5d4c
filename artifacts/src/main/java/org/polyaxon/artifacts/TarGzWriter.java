package org.polyaxon.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Writes a directory as a {@code tar.gz}, streaming. Symbolic links are left out, never followed,
 * so an archive only holds what lies inside the directory.
 */
final class TarGzWriter {
  private TarGzWriter() {}

  /** Writes {@code dir} (when it exists) to {@code out}; does not close {@code out}. */
  static void write(Path dir, OutputStream out) {
    try {
      GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(nonClosing(out));
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        if (Files.isDirectory(dir)) {
          addTree(dir, tar);
        }
        tar.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addTree(Path dir, TarArchiveOutputStream tar) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path path, BasicFileAttributes attrs)
              throws IOException {
            if (!path.equals(dir)) {
              tar.putArchiveEntry(new TarArchiveEntry(path.toFile(), name(dir, path) + "/"));
              tar.closeArchiveEntry();
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path path, BasicFileAttributes attrs)
              throws IOException {
            if (attrs.isRegularFile()) {
              TarArchiveEntry entry = new TarArchiveEntry(path.toFile(), name(dir, path));
              entry.setSize(attrs.size());
              tar.putArchiveEntry(entry);
              copyExactly(path, attrs.size(), tar);
              tar.closeArchiveEntry();
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Copies the first {@code size} bytes, padding with zeros when the file shrank: a running run may
   * be writing the file while it is archived, and the tar header already promised {@code size}.
   */
  private static void copyExactly(Path path, long size, OutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = size;
    try (InputStream in = Files.newInputStream(path)) {
      int read;
      while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1) {
        out.write(buffer, 0, read);
        left -= read;
      }
    }
    java.util.Arrays.fill(buffer, (byte) 0);
    while (left > 0) {
      int n = (int) Math.min(buffer.length, left);
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  private static String name(Path dir, Path path) {
    return dir.relativize(path).toString().replace('\\', '/');
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
