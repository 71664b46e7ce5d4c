package org.polyaxon.core.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the lifecycle tables of docs/architecture.md against the code, pair by pair. */
class StatusMachinesTest {
  private static final Path DOC =
      Path.of(System.getProperty("polyaxon.root", "..")).resolve("docs/architecture.md");

  /** One machine as the documentation states it. */
  record DocumentedMachine(
      Set<Status> statuses,
      Set<Status> initial,
      Map<Status, Set<Status>> allowedFrom,
      Set<Status> pending,
      Set<Status> running,
      Set<Status> done) {}

  static Stream<Arguments> machines() throws IOException {
    Map<String, DocumentedMachine> documented = parse(Files.readAllLines(DOC));
    return Stream.of(
        Arguments.of(StatusMachines.EXPERIMENT, documented.get("experiment")),
        Arguments.of(StatusMachines.JOB, documented.get("job")),
        Arguments.of(StatusMachines.GROUP, documented.get("group")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("machines")
  void everyTransitionIsAsDocumented(StatusMachine machine, DocumentedMachine doc) {
    assertThat(doc).as("docs/architecture.md documents the %s machine", machine.name()).isNotNull();
    assertThat(machine.statuses()).isEqualTo(doc.statuses());
    int checked = 0;
    for (Status to : Status.values()) {
      assertThat(machine.allows(null, to))
          .as("%s: new run in %s", machine.name(), to)
          .isEqualTo(doc.initial().contains(to));
      for (Status from : Status.values()) {
        boolean documented = doc.allowedFrom().getOrDefault(to, Set.of()).contains(from);
        assertThat(machine.allows(from, to))
            .as("%s: %s -> %s", machine.name(), from.wireName(), to.wireName())
            .isEqualTo(documented);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(Status.values().length * Status.values().length);
    for (Status status : Status.values()) {
      assertThat(machine.isPending(status)).isEqualTo(doc.pending().contains(status));
      assertThat(machine.isRunning(status)).isEqualTo(doc.running().contains(status));
      assertThat(machine.isDone(status)).isEqualTo(doc.done().contains(status));
    }
  }

  @Test
  void illegalTransitionsAreRejectedByName() {
    assertThat(StatusMachines.EXPERIMENT.transition(Status.CREATED, Status.SCHEDULED))
        .isEqualTo(Status.SCHEDULED);
    assertThatThrownBy(() -> StatusMachines.EXPERIMENT.transition(Status.SUCCEEDED, Status.RUNNING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A experiment cannot go from succeeded to running");
    assertThatThrownBy(() -> StatusMachines.GROUP.transition(null, Status.RUNNING))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A group cannot go from nothing to running");
  }

  @Test
  void wireNamesRoundTrip() {
    for (Status status : Status.values()) {
      assertThat(Status.fromWireName(status.wireName())).isEqualTo(status);
    }
    assertThat(Status.UPSTREAM_FAILED.wireName()).isEqualTo("upstream_failed");
    assertThatThrownBy(() -> Status.fromWireName("Running"))
        .hasMessage("'Running' is not a status");
  }

  private static Map<String, DocumentedMachine> parse(List<String> lines) {
    Map<String, DocumentedMachine> machines = new HashMap<>();
    String name = null;
    Set<Status> statuses = null;
    Set<Status> initial = null;
    Map<Status, Set<Status>> table = null;
    Set<Status>[] categories = null;
    for (String line : lines) {
      if (name != null && (line.startsWith("## ") || line.startsWith("### "))) {
        name = null; // the lifecycle tables end where the next section begins
        continue;
      }
      if (line.startsWith("#### ")) {
        name = line.substring(5).trim();
        initial = EnumSet.noneOf(Status.class);
        table = new HashMap<>();
      } else if (name != null && line.startsWith("Statuses: ")) {
        statuses = statuses(line.substring(10));
      } else if (name != null && line.startsWith("Pending: ")) {
        categories = categories(line);
      } else if (name != null && line.startsWith("| ") && !line.startsWith("| to ")) {
        String[] cells = line.split("\\|");
        Status to = Status.fromWireName(cells[1].trim());
        String from = cells[2].trim();
        Set<Status> sources = EnumSet.noneOf(Status.class);
        if (from.startsWith("any except ")) {
          sources.addAll(statuses);
          sources.removeAll(statuses(from.substring("any except ".length())));
        } else {
          for (String item : from.split(",\\s*")) {
            if (item.equals("new")) {
              initial.add(to);
            } else {
              sources.add(Status.fromWireName(item));
            }
          }
        }
        table.put(to, sources);
        machines.put(
            name,
            new DocumentedMachine(
                statuses, initial, table, categories[0], categories[1], categories[2]));
      }
    }
    return machines;
  }

  private static Set<Status> statuses(String list) {
    return Arrays.stream(list.trim().replaceAll("\\.$", "").split(",\\s*"))
        .map(Status::fromWireName)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class)));
  }

  @SuppressWarnings("unchecked")
  private static Set<Status>[] categories(String line) {
    // "Pending: a, b. Running: c. Done: d, e."
    String[] parts = line.split("(Pending|Running|Done): ");
    return new Set[] {statuses(parts[1]), statuses(parts[2]), statuses(parts[3])};
  }
}
