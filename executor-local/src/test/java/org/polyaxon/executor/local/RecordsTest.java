package org.polyaxon.executor.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.executor.Launch;

/** The small file formats of a run's state directory. */
class RecordsTest {
  @TempDir Path root;

  @Test
  void aProcessRecordRoundTripsAndRejectsDamage() {
    ProcessRecord record = new ProcessRecord(4242, 98765, 4250, "3f1c-boot", 98766);
    assertThat(ProcessRecord.parse(record.format() + "\n")).contains(record);
    assertThat(ProcessRecord.parse("4242 98765 4250 3f1c-boot\n"))
        .as("a record of an earlier version, without the command's start")
        .contains(new ProcessRecord(4242, 98765, 4250, "3f1c-boot", 0));
    assertThat(ProcessRecord.parse("4242 98765 4250 3f1c-boot -1")).isEmpty();
    assertThat(ProcessRecord.parse("4242 98765 4250 3f1c-boot 1 2")).isEmpty();
    assertThat(ProcessRecord.parse("")).isEmpty();
    assertThat(ProcessRecord.parse("1 2 3")).isEmpty();
    assertThat(ProcessRecord.parse("a 2 3 boot")).isEmpty();
    assertThat(ProcessRecord.parse("1 2 3 boot")).as("pid 1 is never a run").isEmpty();
  }

  @Test
  void procStatIsReadFromTheLastParenthesisOn() {
    String line =
        "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 98765 1000 10";
    assertThat(LinuxProcesses.parseStat(line)).contains(new LinuxProcesses.Stat('S', 98765));
    assertThat(LinuxProcesses.parseStat(line.replace(" S ", " Z ")).orElseThrow().ended()).isTrue();
    assertThat(LinuxProcesses.parseStat("4242 (cut) S 1 2")).isEmpty();
    assertThat(LinuxProcesses.parseStat("no parenthesis")).isEmpty();
  }

  @Test
  void aLaunchRecordKeepsWhatAReaderNeedsButNotTheEnvironment() {
    Launch launch =
        new Launch(
            "abc",
            "python train.py",
            "python:3.7",
            Path.of("/code"),
            Map.of("POLYAXON_SECRET_EPHEMERAL_TOKEN", "s3cr3t"),
            Path.of("/logs/abc.log"),
            Map.of("cpu", "2", "gpu", "1"),
            Map.of("project", "mnist"));
    Instant startedAt = Instant.parse("2024-05-01T10:00:00.123Z");

    String text = LaunchRecord.of(launch, startedAt).format();
    LaunchRecord read = LaunchRecord.parse(text).orElseThrow();

    assertThat(read).isEqualTo(LaunchRecord.of(launch, startedAt));
    assertThat(read.resources()).containsEntry("gpu", "1");
    assertThat(text).doesNotContain("s3cr3t");
    assertThat(LaunchRecord.parse("image=x\n")).isEmpty();
    assertThat(LaunchRecord.parse("run_uuid=a\nstarted_at=yesterday\n")).isEmpty();
  }

  @Test
  void runIdsCannotLeaveTheStateRoot() {
    assertThat(RunDirectory.of(root, "0123abcd-ef").path()).isEqualTo(root.resolve("0123abcd-ef"));
    for (String bad : new String[] {"..", "../x", "a/b", "", ".hidden", "x".repeat(65)}) {
      assertThatThrownBy(() -> RunDirectory.of(root, bad))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void aFileIsPublishedOnceWhenAskedIfAbsent() throws Exception {
    RunDirectory run = RunDirectory.of(root, "run1");
    assertThat(run.claim()).isTrue();
    assertThat(run.claim()).isFalse();

    assertThat(run.publishIfAbsent(RunDirectory.STOPPED, "first")).isTrue();
    assertThat(run.publishIfAbsent(RunDirectory.STOPPED, "second")).isFalse();
    run.publish(RunDirectory.EXIT, "0 1");

    assertThat(run.read(RunDirectory.STOPPED)).contains("first");
    assertThat(run.read(RunDirectory.EXIT)).contains("0 1");
    assertThat(root.resolve("run1").toFile().list())
        .containsExactlyInAnyOrder(RunDirectory.STOPPED, RunDirectory.EXIT);
  }

  @Test
  void theRunEnvironmentIsTheServerBaseUnderTheLaunchVariables() {
    Map<String, String> server =
        Map.of("PATH", "/opt/bin:/usr/bin", "HOME", "/home/plx", "AWS_SECRET_ACCESS_KEY", "k");

    Map<String, String> environment =
        RunEnvironment.of(server, Map.of("HOME", "/outputs", "POLYAXON_LOG_LEVEL", "INFO"));

    assertThat(environment)
        .containsOnly(
            Map.entry("PATH", "/opt/bin:/usr/bin"),
            Map.entry("HOME", "/outputs"),
            Map.entry("LANG", "C.UTF-8"),
            Map.entry("POLYAXON_LOG_LEVEL", "INFO"));
  }

  @Test
  void variablesThatChangeHowBashStartsAreNotPassed() {
    Map<String, String> launch =
        Map.of(
            "BASH_ENV", "/tmp/evil.sh",
            "SHELLOPTS", "errexit",
            "BASH_FUNC_kill%%", "() { :; }",
            "BASH_ENVIRONMENT_NAME", "kept");

    assertThat(RunEnvironment.of(Map.of(), launch))
        .containsEntry("BASH_ENVIRONMENT_NAME", "kept")
        .doesNotContainKeys("BASH_ENV", "SHELLOPTS", "BASH_FUNC_kill%%");
    assertThat(RunEnvironment.dropped(launch))
        .containsExactly("BASH_ENV", "BASH_FUNC_kill%%", "SHELLOPTS");
  }

  @Test
  void shellQuotingKeepsAnyValueOneWord() {
    assertThat(WrapperScript.quote("/runs/it's here")).isEqualTo("'/runs/it'\\''s here'");
    String script =
        WrapperScript.render(Path.of("/state/@LOG@"), Path.of("/logs/a b.log"), Timestamper.PERL);
    assertThat(script)
        .contains("state='/state/@LOG@'")
        .contains("log='/logs/a b.log'")
        .doesNotContain("@TIMESTAMPER@")
        .doesNotContain("@STARTED@");
  }
}
