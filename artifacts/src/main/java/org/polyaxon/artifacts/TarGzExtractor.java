package org.polyaxon.artifacts;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.PayloadTooLargeException;

/**
 * Extracts a {@code tar.gz} so that nothing lands outside the target directory: entries named
 * absolutely or with {@code ..} are refused, symbolic links must point inside the tree (checked
 * again once everything is written, because a link may lead through another link), hard links
 * become copies of files already extracted, and device or FIFO entries are refused. The limits are
 * enforced on the bytes actually written, not on the sizes the headers claim.
 */
public final class TarGzExtractor {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> EXECUTABLE =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final int OWNER_EXECUTE = 0100;

  private final ExtractionLimits limits;

  public TarGzExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  /**
   * What an extraction wrote.
   *
   * @param entries the entries extracted
   * @param bytes the uncompressed bytes written
   */
  public record Summary(int entries, long bytes) {}

  /**
   * Extracts {@code tarGz} into {@code target}, which is created when missing.
   *
   * @throws InvalidInputException when the archive is malformed or an entry would leave the target
   * @throws PayloadTooLargeException past the limits
   */
  public Summary extract(InputStream tarGz, Path target) {
    try {
      Files.createDirectories(target);
      Path root = target.toRealPath();
      Extraction extraction = new Extraction(root);
      try (TarArchiveInputStream tar = open(tarGz)) {
        TarArchiveEntry entry;
        while ((entry = next(tar)) != null) {
          extraction.add(entry, tar);
        }
      }
      extraction.checkLinks();
      return new Summary(extraction.entries, extraction.bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TarArchiveInputStream open(InputStream tarGz) {
    try {
      return new TarArchiveInputStream(
          new GzipCompressorInputStream(new BufferedInputStream(tarGz)));
    } catch (IOException e) {
      throw notAnArchive(e);
    }
  }

  private static TarArchiveEntry next(TarArchiveInputStream tar) {
    try {
      return tar.getNextEntry();
    } catch (IOException | IllegalArgumentException e) {
      throw notAnArchive(e);
    }
  }

  /** Reading the archive failed: its bytes are not a (complete) tar.gz. */
  private static InvalidInputException notAnArchive(Exception e) {
    return new InvalidInputException("Not a valid tar.gz archive: " + e.getMessage());
  }

  /** The state of one extraction. */
  private final class Extraction {
    private final Path root;
    private final List<Path> links = new ArrayList<>();
    private int entries;
    private long bytes;

    Extraction(Path root) {
      this.root = root;
    }

    void add(TarArchiveEntry entry, InputStream content) throws IOException {
      if (++entries > limits.maxEntries()) {
        throw new PayloadTooLargeException(
            "The archive has more than " + limits.maxEntries() + " entries");
      }
      String name = entry.getName();
      Path path = inside(name);
      if (path.equals(root)) {
        return; // "./" itself
      }
      try {
        write(entry, name, path, content);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException | NotDirectoryException e) {
        throw new InvalidInputException("Entry '" + name + "' clashes with an earlier entry");
      }
    }

    private void write(TarArchiveEntry entry, String name, Path path, InputStream content)
        throws IOException {
      if (entry.isFIFO() || entry.isCharacterDevice() || entry.isBlockDevice()) {
        throw new InvalidInputException(
            "Entry '" + name + "': only files, directories and links are allowed");
      } else if (entry.isDirectory()) {
        directory(path);
      } else if (entry.isSymbolicLink()) {
        symlink(name, path, entry.getLinkName());
      } else if (entry.isLink()) {
        hardLink(name, path, entry.getLinkName());
      } else if (entry.isFile()) {
        file(path, content, (entry.getMode() & OWNER_EXECUTE) != 0);
      } else {
        throw new InvalidInputException(
            "Entry '" + name + "': only files, directories and links are allowed");
      }
    }

    private Path inside(String name) {
      try {
        return RelativePaths.under(root, name);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("Entry '" + name + "' would be written outside the tree");
      }
    }

    private void file(Path path, InputStream content, boolean executable) throws IOException {
      Path file = replaceable(path);
      try (OutputStream out = Files.newOutputStream(file, CREATE_NEW, WRITE)) {
        copyCounted(content, out);
      }
      permissions(file, executable);
    }

    private void symlink(String name, Path path, String linkName) throws IOException {
      if (linkName.startsWith("/") || linkName.indexOf('\0') >= 0) {
        throw new InvalidInputException("Link '" + name + "' points outside the tree");
      }
      Path link = replaceable(path);
      if (!link.getParent().resolve(linkName).normalize().startsWith(root)) {
        throw new InvalidInputException("Link '" + name + "' points outside the tree");
      }
      Files.createSymbolicLink(link, Path.of(linkName));
      links.add(link);
    }

    private void hardLink(String name, Path path, String linkName) throws IOException {
      Path source;
      try {
        source = RelativePaths.under(root, linkName);
      } catch (InvalidInputException e) {
        throw new InvalidInputException("Link '" + name + "' points outside the tree");
      }
      // A copy, not a link: a hard link could tie the tree to a file it must not share.
      Path real =
          RelativePaths.realInside(root, source)
              .filter(Files::isRegularFile)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "Link '" + name + "' points to no file extracted before it"));
      Path copy = replaceable(path);
      try (InputStream in = Files.newInputStream(real);
          OutputStream out = Files.newOutputStream(copy, CREATE_NEW, WRITE)) {
        copyCounted(in, out);
      }
    }

    /**
     * Where an entry's file goes: its parent made and checked, a later entry of the same name
     * replacing an earlier file or link (never following it).
     */
    private Path replaceable(Path path) throws IOException {
      Path target = directory(path.getParent()).resolve(path.getFileName().toString());
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new InvalidInputException(
            "Entry '" + root.relativize(path) + "' is both a directory and a file");
      }
      Files.deleteIfExists(target);
      return target;
    }

    /**
     * Creates a directory one level at a time, checking after each level that, links followed, it
     * is still inside the tree; a link to the tree's root followed by {@code ..} cannot escape.
     */
    private Path directory(Path dir) throws IOException {
      Path current = root;
      for (Path segment : root.relativize(dir)) {
        if (segment.toString().isEmpty()) {
          continue;
        }
        Path next = current.resolve(segment.toString());
        if (!Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectory(next);
        }
        current =
            RelativePaths.realInside(root, next)
                .filter(Files::isDirectory)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "Entry '"
                                + root.relativize(dir)
                                + "' would be written outside the tree"));
      }
      return current;
    }

    private void copyCounted(InputStream in, OutputStream out) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      int read;
      while ((read = readArchive(in, buffer)) != -1) {
        bytes += read;
        if (bytes > limits.maxBytes()) {
          throw new PayloadTooLargeException(
              "The archive expands to more than " + limits.maxBytes() + " bytes");
        }
        out.write(buffer, 0, read);
      }
    }

    private int readArchive(InputStream in, byte[] buffer) {
      try {
        return in.read(buffer);
      } catch (IOException e) {
        throw notAnArchive(e);
      }
    }

    private void permissions(Path path, boolean executable) throws IOException {
      if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(path, executable ? EXECUTABLE : FILE);
      }
    }

    /** Every link, followed to its end, must name something inside the tree. */
    void checkLinks() {
      for (Path link : links) {
        if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)
            && RelativePaths.realInside(root, link).isEmpty()) {
          throw new InvalidInputException(
              "Link '" + root.relativize(link) + "' points outside the tree or to nothing in it");
        }
      }
    }
  }
}
