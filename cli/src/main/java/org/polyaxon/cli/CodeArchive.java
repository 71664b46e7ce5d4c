package org.polyaxon.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** The tar.gz {@code polyaxon upload} sends: the directory's files less the ignored ones. */
final class CodeArchive {
  private CodeArchive() {}

  /** The files to send, relative with {@code /}, in a stable order. */
  static List<String> files(Path directory, IgnoreRules rules) throws IOException {
    List<String> files = new ArrayList<>();
    collect(directory, directory, rules, files);
    return files;
  }

  private static void collect(Path root, Path dir, IgnoreRules rules, List<String> files)
      throws IOException {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    }
    for (Path child : children) {
      String relative = root.relativize(child).toString().replace('\\', '/');
      // Symbolic links are not followed: they could point anywhere on this machine.
      if (Files.isSymbolicLink(child)) {
        continue;
      }
      boolean directory = Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS);
      if (rules.ignores(relative, directory)) {
        continue;
      }
      if (directory) {
        collect(root, child, rules, files);
      } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
        files.add(relative);
      }
    }
  }

  /** Writes the archive of {@code files} (from {@link #files}) to {@code out}. */
  static void write(Path directory, List<String> files, OutputStream out) throws IOException {
    try (TarArchiveOutputStream tar =
        new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      for (String name : files) {
        Path file = directory.resolve(name);
        TarArchiveEntry entry = new TarArchiveEntry(file, name);
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
      }
      tar.finish();
    }
  }
}
