package org.polyaxon.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.artifact.RunArea;
import org.polyaxon.core.artifact.RunPath;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.core.run.RunKind;

/** Appending to a run's files (posted log lines): created on demand, whole, and never outside. */
class LocalArtifactStoreAppendTest {
  private static final RunPath JOB = RunPath.of("ada", "mnist", RunKind.JOB, 2, null);

  @TempDir Path temp;
  private LocalArtifactStore store;

  @BeforeEach
  void create() {
    store =
        new LocalArtifactStore(
            new LocalArtifactRoots(
                temp.resolve("repos"),
                temp.resolve("outputs"),
                temp.resolve("logs"),
                temp.resolve("up")),
            new ExtractionLimits(1 << 20, 1000));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void appendsCreateTheFileAndItsDirectoriesThenAddToIt() throws Exception {
    store.append(RunArea.LOGS, JOB, "run.log", utf8("one\n"));
    store.append(RunArea.LOGS, JOB, "run.log", utf8("two\n"));

    assertThat(temp.resolve("logs/ada/mnist/jobs/2/run.log")).hasContent("one\ntwo");
  }

  @Test
  void concurrentAppendsStayWhole() throws Exception {
    String line = "y".repeat(10_000) + "\n";
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = 0; i < 50; i++) {
                  store.append(RunArea.LOGS, JOB, "run.log", utf8(line));
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    List<String> lines = Files.readAllLines(temp.resolve("logs/ada/mnist/jobs/2/run.log"));
    assertThat(lines).hasSize(400).allMatch(l -> l.equals(line.strip()));
  }

  @Test
  void nothingIsWrittenOutsideTheRunsDirectory() throws Exception {
    assertThatThrownBy(() -> store.append(RunArea.LOGS, JOB, "../3/run.log", utf8("x")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.append(RunArea.LOGS, JOB, "", utf8("x")))
        .isInstanceOf(InvalidInputException.class);
    Path run = Files.createDirectories(temp.resolve("logs/ada/mnist/jobs/2"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createSymbolicLink(run.resolve("out"), elsewhere);
    assertThatThrownBy(() -> store.append(RunArea.LOGS, JOB, "out/run.log", utf8("x")))
        .isInstanceOf(NotFoundException.class);
    Files.createSymbolicLink(run.resolve("link.log"), elsewhere.resolve("target.log"));
    assertThatThrownBy(() -> store.append(RunArea.LOGS, JOB, "link.log", utf8("x")))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(elsewhere).isEmptyDirectory();
  }
}
