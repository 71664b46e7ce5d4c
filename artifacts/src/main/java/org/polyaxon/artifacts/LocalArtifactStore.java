package org.polyaxon.artifacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.polyaxon.core.artifact.ArtifactStore;
import org.polyaxon.core.artifact.ArtifactTree;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.artifact.StoredCode;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;

/** {@link ArtifactStore} on the local filesystem (or volumes mounted into it). */
public final class LocalArtifactStore implements ArtifactStore {
  private static final String ARCHIVE_SUFFIX = ".tar.gz";

  private final LocalArtifactRoots roots;
  private final TarGzExtractor extractor;
  private final FileAppender appender = new FileAppender();

  public LocalArtifactStore(LocalArtifactRoots roots, ExtractionLimits limits) {
    this.roots = roots;
    this.extractor = new TarGzExtractor(limits);
  }

  @Override
  public StoredCode storeCode(String owner, String project, InputStream tarGz, long maxBytes) {
    try {
      Files.createDirectories(roots.upload());
      Path received = Files.createTempFile(roots.upload(), "upload-", ARCHIVE_SUFFIX);
      Path check = null;
      try {
        String commit;
        try (OutputStream out = Files.newOutputStream(received)) {
          commit = HexFormat.of().formatHex(SizeLimitedCopy.copy(tarGz, out, maxBytes));
        }
        // Extracting once, into scratch space, is the one check that sees what a checkout will.
        check = Files.createTempDirectory(roots.upload(), "check-");
        try (InputStream in = Files.newInputStream(received)) {
          extractor.extract(in, check);
        }
        long size = Files.size(received);
        Path kept = codeArchive(owner, project, commit);
        Files.createDirectories(kept.getParent());
        move(received, kept);
        return new StoredCode(commit, size);
      } finally {
        Files.deleteIfExists(received);
        deleteTree(check);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream openCode(String owner, String project, String commit) {
    try {
      return Files.newInputStream(codeArchive(owner, project, commit));
    } catch (NoSuchFileException e) {
      throw new NotFoundException("The code version " + commit + " is not in the store");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void checkoutCode(String owner, String project, String commit, Path workingDirectory) {
    try (InputStream in = openCode(owner, project, commit)) {
      extractor.extract(in, workingDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String location(RunArea area, RunPath run) {
    return runDirectory(area, run).toString();
  }

  @Override
  public ArtifactTree list(RunArea area, RunPath run, String path) {
    Path runDir = runDirectory(area, run);
    List<String> segments = RelativePaths.segments(path);
    if (segments.isEmpty() && !Files.exists(runDir)) {
      return ArtifactTree.empty();
    }
    Path dir =
        RelativePaths.realInside(runDir, RelativePaths.under(runDir, path))
            .filter(Files::isDirectory)
            .orElseThrow(() -> new NotFoundException("No directory '" + path + "' in the outputs"));
    List<ArtifactTree.FileEntry> files = new ArrayList<>();
    List<String> dirs = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
      for (Path child : children) {
        BasicFileAttributes attrs =
            Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String name = child.getFileName().toString();
        // Links are not listed: what they lead to is not the run's to show.
        if (attrs.isDirectory()) {
          dirs.add(name);
        } else if (attrs.isRegularFile()) {
          files.add(new ArtifactTree.FileEntry(name, attrs.size()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(ArtifactTree.FileEntry::name));
    dirs.sort(Comparator.naturalOrder());
    return new ArtifactTree(files, dirs);
  }

  @Override
  public InputStream openFile(RunArea area, RunPath run, String path) {
    Path runDir = runDirectory(area, run);
    if (RelativePaths.segments(path).isEmpty()) {
      throw new InvalidInputException("Query parameter 'path': expected the path of a file");
    }
    Path file =
        RelativePaths.realInside(runDir, RelativePaths.under(runDir, path))
            .filter(Files::isRegularFile)
            .orElseThrow(() -> new NotFoundException("No file '" + path + "' in the outputs"));
    try {
      return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void append(RunArea area, RunPath run, String path, byte[] bytes) {
    if (RelativePaths.segments(path).isEmpty()) {
      throw new InvalidInputException("Expected the path of a file to append to");
    }
    Path runDir = runDirectory(area, run);
    appender.append(runDir, RelativePaths.under(runDir, path), bytes);
  }

  @Override
  public void writeArchive(RunArea area, RunPath run, OutputStream out) {
    TarGzWriter.write(runDirectory(area, run), out);
  }

  @Override
  public void copy(RunArea area, RunPath from, RunPath to) {
    Path source = runDirectory(area, from);
    Path target = runDirectory(area, to);
    if (!Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.createDirectories(target);
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              Files.createDirectories(target.resolve(source.relativize(dir)));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              // walkFileTree does not follow links: a link is neither a file nor a directory here,
              // and what it leads to may not be the run's to copy.
              if (attrs.isRegularFile()) {
                Files.copy(
                    file,
                    target.resolve(source.relativize(file)),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + source + " to " + target, e);
    }
  }

  private Path runDirectory(RunArea area, RunPath run) {
    Path root =
        switch (area) {
          case OUTPUTS -> roots.outputs();
          case LOGS -> roots.logs();
        };
    return root.resolve(run.relative());
  }

  private Path codeArchive(String owner, String project, String commit) {
    if (!commit.matches("[0-9a-f]{64}")) {
      throw new NotFoundException("There is no code version '" + commit + "'");
    }
    return RelativePaths.under(
        roots.repos(), owner + "/" + project + "/" + commit + ARCHIVE_SUFFIX);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // The upload area is on another volume than the repos: copy, then rename in place.
      Path partial = to.resolveSibling(to.getFileName() + ".partial");
      Files.copy(from, partial, StandardCopyOption.REPLACE_EXISTING);
      Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
