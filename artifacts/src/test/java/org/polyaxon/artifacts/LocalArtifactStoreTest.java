package org.polyaxon.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.artifact.ArtifactTree;
import org.polyaxon.core.artifact.ArtifactTree.FileEntry;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.artifact.StoredCode;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.error.PayloadTooLargeException;
import org.polyaxon.core.run.RunKind;

class LocalArtifactStoreTest {
  private static final RunPath EXPERIMENT = RunPath.of("ada", "mnist", RunKind.EXPERIMENT, 3, null);

  @TempDir Path temp;
  private LocalArtifactRoots roots;
  private LocalArtifactStore store;

  @BeforeEach
  void create() {
    roots =
        new LocalArtifactRoots(
            temp.resolve("repos"),
            temp.resolve("outputs"),
            temp.resolve("logs"),
            temp.resolve("up"));
    store = new LocalArtifactStore(roots, new ExtractionLimits(1 << 20, 1000));
  }

  @Test
  void runPathsFollowTheLayoutOf04() {
    assertThat(EXPERIMENT.relative()).isEqualTo("ada/mnist/experiments/3");
    assertThat(RunPath.of("ada", "mnist", RunKind.EXPERIMENT, 12, 3L).relative())
        .isEqualTo("ada/mnist/groups/3/12");
    assertThat(RunPath.of("ada", "mnist", RunKind.JOB, 5, null).relative())
        .isEqualTo("ada/mnist/jobs/5");
    assertThat(store.location(RunArea.OUTPUTS, EXPERIMENT))
        .isEqualTo(temp.resolve("outputs/ada/mnist/experiments/3").toString());
    assertThat(store.location(RunArea.LOGS, EXPERIMENT))
        .isEqualTo(temp.resolve("logs/ada/mnist/experiments/3").toString());
    assertThatThrownBy(() -> RunPath.of("..", "mnist", RunKind.JOB, 1, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storesCodeByContentAndChecksItOut() throws IOException {
    byte[] archive = Archives.tarGz().file("train.py", "print(1)").bytes();
    StoredCode stored = store.storeCode("ada", "mnist", new ByteArrayInputStream(archive), 10_000);

    assertThat(stored.commit()).matches("[0-9a-f]{64}");
    assertThat(stored.sizeBytes()).isEqualTo(archive.length);
    try (InputStream kept = store.openCode("ada", "mnist", stored.commit())) {
      assertThat(kept.readAllBytes()).isEqualTo(archive);
    }
    Path work = temp.resolve("work");
    store.checkoutCode("ada", "mnist", stored.commit(), work);
    assertThat(work.resolve("train.py")).hasContent("print(1)");
    assertThat(store.storeCode("ada", "mnist", new ByteArrayInputStream(archive), 10_000).commit())
        .isEqualTo(stored.commit());
    assertUploadAreaEmpty();
  }

  @Test
  void refusesOversizedAndUnsafeCodeLeavingNothingBehind() throws IOException {
    byte[] archive = Archives.tarGz().file("train.py", "print(1)").bytes();
    assertThatThrownBy(() -> store.storeCode("ada", "mnist", new ByteArrayInputStream(archive), 10))
        .isInstanceOf(PayloadTooLargeException.class)
        .hasMessage("The upload is larger than the limit of 10 bytes");
    byte[] unsafe = Archives.tarGz().file("../x", "x").bytes();
    assertThatThrownBy(
            () -> store.storeCode("ada", "mnist", new ByteArrayInputStream(unsafe), 10_000))
        .isInstanceOf(InvalidInputException.class);
    assertUploadAreaEmpty();
    assertThat(roots.repos()).doesNotExist();
    assertThatThrownBy(() -> store.openCode("ada", "mnist", "0".repeat(64)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.openCode("ada", "mnist", "../../etc/passwd"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void listsReadsAndArchivesOutputs() throws IOException {
    Path dir = Path.of(store.location(RunArea.OUTPUTS, EXPERIMENT));
    Files.createDirectories(dir.resolve("checkpoints/epoch1"));
    Files.writeString(dir.resolve("metrics.json"), "{}");
    Files.writeString(dir.resolve("checkpoints/model.bin"), "weights");

    assertThat(store.list(RunArea.OUTPUTS, EXPERIMENT, ""))
        .isEqualTo(
            new ArtifactTree(List.of(new FileEntry("metrics.json", 2)), List.of("checkpoints")));
    assertThat(store.list(RunArea.OUTPUTS, EXPERIMENT, "checkpoints/"))
        .isEqualTo(new ArtifactTree(List.of(new FileEntry("model.bin", 7)), List.of("epoch1")));
    try (InputStream in = store.openFile(RunArea.OUTPUTS, EXPERIMENT, "./checkpoints/model.bin")) {
      assertThat(in.readAllBytes()).asString().isEqualTo("weights");
    }
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    store.writeArchive(RunArea.OUTPUTS, EXPERIMENT, archive);
    assertThat(entryNames(archive.toByteArray()))
        .containsExactlyInAnyOrder(
            "checkpoints/", "checkpoints/epoch1/", "checkpoints/model.bin", "metrics.json");
  }

  @Test
  void copiesARunsOutputsIntoAnotherWithoutFollowingLinks() throws IOException {
    Path from = Path.of(store.location(RunArea.OUTPUTS, EXPERIMENT));
    Files.createDirectories(from.resolve("checkpoints/empty"));
    Files.writeString(from.resolve("checkpoints/model.bin"), "weights");
    Files.writeString(from.resolve("steps.txt"), "1\n");
    Path secret = Files.writeString(temp.resolve("secret.txt"), "not the run's");
    Files.createSymbolicLink(from.resolve("leak"), secret);
    RunPath copy = RunPath.of("ada", "mnist", RunKind.EXPERIMENT, 4, null);
    Path to = Path.of(store.location(RunArea.OUTPUTS, copy));
    Files.createDirectories(to);
    Files.writeString(to.resolve("steps.txt"), "stale");

    store.copy(RunArea.OUTPUTS, EXPERIMENT, copy);

    assertThat(Files.readString(to.resolve("checkpoints/model.bin"))).isEqualTo("weights");
    assertThat(Files.readString(to.resolve("steps.txt"))).isEqualTo("1\n");
    assertThat(to.resolve("checkpoints/empty")).isDirectory();
    assertThat(to.resolve("leak")).doesNotExist();
    Files.writeString(to.resolve("steps.txt"), "changed");
    assertThat(Files.readString(from.resolve("steps.txt"))).isEqualTo("1\n");

    RunPath nothing = RunPath.of("ada", "mnist", RunKind.EXPERIMENT, 9, null);
    store.copy(RunArea.OUTPUTS, nothing, RunPath.of("ada", "mnist", RunKind.EXPERIMENT, 10, null));
    assertThat(Path.of(store.location(RunArea.OUTPUTS, nothing))).doesNotExist();
  }

  @Test
  void aRunThatWroteNothingHasAnEmptyTree() throws IOException {
    assertThat(store.list(RunArea.OUTPUTS, EXPERIMENT, null)).isEqualTo(ArtifactTree.empty());
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    store.writeArchive(RunArea.OUTPUTS, EXPERIMENT, archive);
    assertThat(entryNames(archive.toByteArray())).isEmpty();
    assertThatThrownBy(() -> store.list(RunArea.OUTPUTS, EXPERIMENT, "sub"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.openFile(RunArea.OUTPUTS, EXPERIMENT, "a.txt"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void nothingOutsideARunsDirectoryCanBeRead() throws IOException {
    Path dir = Path.of(store.location(RunArea.OUTPUTS, EXPERIMENT));
    Files.createDirectories(dir);
    Path secret = temp.resolve("secret.txt");
    Files.writeString(secret, "secret");
    Path neighbour = dir.resolveSibling("4");
    Files.createDirectories(neighbour);
    Files.writeString(neighbour.resolve("theirs.txt"), "theirs");
    Files.createSymbolicLink(dir.resolve("leak.txt"), secret);
    Files.createSymbolicLink(dir.resolve("leakdir"), temp);
    Files.writeString(dir.resolve("mine.txt"), "mine");

    for (String path :
        List.of("../4/theirs.txt", "../../../../secret.txt", secret.toString(), "a/../../x")) {
      assertThatThrownBy(() -> store.openFile(RunArea.OUTPUTS, EXPERIMENT, path))
          .as(path)
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> store.list(RunArea.OUTPUTS, EXPERIMENT, path))
          .as(path)
          .isInstanceOf(InvalidInputException.class);
    }
    assertThatThrownBy(() -> store.openFile(RunArea.OUTPUTS, EXPERIMENT, "leak.txt"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> store.list(RunArea.OUTPUTS, EXPERIMENT, "leakdir"))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.list(RunArea.OUTPUTS, EXPERIMENT, ""))
        .isEqualTo(new ArtifactTree(List.of(new FileEntry("mine.txt", 4)), List.of()));
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    store.writeArchive(RunArea.OUTPUTS, EXPERIMENT, archive);
    assertThat(entryNames(archive.toByteArray())).containsExactly("mine.txt");
  }

  private void assertUploadAreaEmpty() throws IOException {
    try (Stream<Path> left = Files.list(roots.upload())) {
      assertThat(left).isEmpty();
    }
  }

  private static List<String> entryNames(byte[] tarGz) throws IOException {
    List<String> names = new ArrayList<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(tarGz)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
