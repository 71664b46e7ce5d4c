package org.polyaxon.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.PayloadTooLargeException;

class TarGzExtractorTest {
  private static final ExtractionLimits ROOMY = new ExtractionLimits(1 << 20, 100);

  @TempDir Path temp;

  private Path target() {
    return temp.resolve("sandbox/target");
  }

  private TarGzExtractor.Summary extract(byte[] archive, ExtractionLimits limits) {
    return new TarGzExtractor(limits).extract(new ByteArrayInputStream(archive), target());
  }

  /** Nothing may appear next to the target: the sandbox holds only it. */
  private void assertNothingEscaped() throws IOException {
    try (Stream<Path> siblings = Files.list(temp.resolve("sandbox"))) {
      assertThat(siblings).containsExactly(target());
    }
    try (Stream<Path> top = Files.list(temp)) {
      assertThat(top).containsExactly(temp.resolve("sandbox"));
    }
  }

  @Test
  void extractsANestedTreeKeepingTheExecutableBit() throws IOException {
    byte[] archive =
        Archives.tarGz()
            .dir("./")
            .dir("src/model")
            .file("src/model/train.py", "print('hi')")
            .file("run.sh", "#!/bin/sh\n".getBytes(), 0755)
            .file("deep/er/than/declared.txt", "implicit parents")
            .symlink("src/latest.py", "model/train.py")
            .hardlink("copy.py", "src/model/train.py")
            .bytes();

    TarGzExtractor.Summary summary = extract(archive, ROOMY);

    Path root = target();
    assertThat(root.resolve("src/model/train.py")).hasContent("print('hi')");
    assertThat(root.resolve("deep/er/than/declared.txt")).hasContent("implicit parents");
    assertThat(Files.readSymbolicLink(root.resolve("src/latest.py")))
        .isEqualTo(Path.of("model/train.py"));
    assertThat(root.resolve("copy.py")).hasContent("print('hi')");
    assertThat(Files.isSymbolicLink(root.resolve("copy.py"))).isFalse();
    assertThat(Files.getPosixFilePermissions(root.resolve("run.sh")))
        .contains(PosixFilePermission.OWNER_EXECUTE);
    assertThat(Files.getPosixFilePermissions(root.resolve("src/model/train.py")))
        .doesNotContain(PosixFilePermission.OWNER_EXECUTE);
    assertThat(summary.entries()).isEqualTo(7);
    assertThat(summary.bytes()).isEqualTo(11 + 10 + 16 + 11);
  }

  @Test
  void refusesDotDotEntries() throws IOException {
    byte[] archive = Archives.tarGz().file("ok.txt", "ok").file("../escaped.txt", "x").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'../escaped.txt' would be written outside the tree");
    assertNothingEscaped();
  }

  @Test
  void refusesDotDotInTheMiddle() throws IOException {
    byte[] archive = Archives.tarGz().file("a/../../escaped.txt", "x").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY)).isInstanceOf(InvalidInputException.class);
    assertNothingEscaped();
  }

  @Test
  void refusesAbsoluteEntries() throws IOException {
    Path outside = temp.resolve("absolute.txt");
    byte[] archive = Archives.tarGz().file(outside.toString(), "x").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("would be written outside the tree");
    assertThat(outside).doesNotExist();
    assertNothingEscaped();
  }

  @Test
  void refusesSymlinksPointingOut() throws IOException {
    byte[] relative = Archives.tarGz().symlink("out", "../../").bytes();
    assertThatThrownBy(() -> extract(relative, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Link 'out' points outside the tree");
    byte[] absolute = Archives.tarGz().symlink("etc", "/etc").bytes();
    assertThatThrownBy(() -> extract(absolute, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Link 'etc' points outside the tree");
    assertNothingEscaped();
  }

  @Test
  void refusesWritingThroughALinkThatLeadsOutViaAnotherLink() throws IOException {
    // "here" is the root itself, so "here/.." is lexically inside but really its parent.
    byte[] archive =
        Archives.tarGz()
            .symlink("here", ".")
            .symlink("up", "here/..")
            .file("up/escaped.txt", "x")
            .bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("would be written outside the tree");
    assertNothingEscaped();
  }

  @Test
  void refusesALinkThatResolvesOutsideOnceAllIsWritten() throws IOException {
    byte[] archive = Archives.tarGz().symlink("here", ".").symlink("up", "here/..").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Link 'up' points outside the tree");
  }

  @Test
  void refusesHardlinksPointingOut() throws IOException {
    Path secret = temp.resolve("sandbox/secret.txt");
    Files.createDirectories(secret.getParent());
    Files.writeString(secret, "secret");
    byte[] archive = Archives.tarGz().hardlink("stolen", "../secret.txt").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Link 'stolen' points outside the tree");
    byte[] absolute = Archives.tarGz().hardlink("stolen", secret.toString()).bytes();
    assertThatThrownBy(() -> extract(absolute, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Link 'stolen' points outside the tree");
    assertThat(target().resolve("stolen")).doesNotExist();
  }

  @Test
  void refusesAHardlinkThroughASymlinkThatLeadsOut() throws IOException {
    Files.createDirectories(temp.resolve("sandbox"));
    Files.writeString(temp.resolve("sandbox/secret.txt"), "secret");
    byte[] archive =
        Archives.tarGz()
            .symlink("here", ".")
            .symlink("up", "here/..")
            .hardlink("stolen", "up/secret.txt")
            .bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY)).isInstanceOf(InvalidInputException.class);
    assertThat(target().resolve("stolen")).doesNotExist();
  }

  @Test
  void stopsABombBySize() {
    byte[] zeros = new byte[600_000];
    byte[] archive = Archives.tarGz().file("a.bin", zeros, 0644).file("b.bin", zeros, 0644).bytes();
    assertThat(archive.length).isLessThan(10_000);
    assertThatThrownBy(() -> extract(archive, new ExtractionLimits(1_000_000, 100)))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessage("The archive expands to more than 1000000 bytes");
  }

  @Test
  void stopsABombByEntryCount() {
    Archives many = Archives.tarGz();
    for (int i = 0; i < 11; i++) {
      many.file("f" + i, "");
    }
    byte[] archive = many.bytes();
    assertThatThrownBy(() -> extract(archive, new ExtractionLimits(1_000, 10)))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessage("The archive has more than 10 entries");
  }

  @Test
  void refusesDevicesAndFifos() {
    byte[] archive = Archives.tarGz().fifo("pipe").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Entry 'pipe': only files, directories and links are allowed");
  }

  @Test
  void refusesWhatIsNotATarGz() {
    assertThatThrownBy(() -> extract("just text".getBytes(), ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Not a");
    byte[] archive = Archives.tarGz().file("a.txt", "hello world").bytes();
    byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);
    assertThatThrownBy(() -> extract(truncated, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Not a");
  }

  @Test
  void aFileAndADirectoryOfTheSameNameClash() {
    byte[] archive = Archives.tarGz().file("a/b.txt", "x").file("a", "y").bytes();
    assertThatThrownBy(() -> extract(archive, ROOMY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'a' is both a directory and a file");
  }

  @Test
  void aLaterFileReplacesALinkInsteadOfWritingThroughIt() throws IOException {
    byte[] archive =
        Archives.tarGz()
            .file("target.txt", "original")
            .symlink("alias", "target.txt")
            .file("alias", "replaced")
            .bytes();
    extract(archive, ROOMY);
    assertThat(target().resolve("target.txt")).hasContent("original");
    assertThat(Files.isSymbolicLink(target().resolve("alias"))).isFalse();
    assertThat(target().resolve("alias")).hasContent("replaced");
  }
}
