package org.polyaxon.store.postgres;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.executor.Launch;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.run.RunStore.NewRun;
import org.polyaxon.core.run.Runs;
import org.polyaxon.core.status.Status;

/**
 * The users, projects and runs that store tests stand on. Names are unique, so tests of a class
 * that share its database never collide.
 */
final class StoreFixtures {
  private StoreFixtures() {}

  /** A user named {@code prefix} and a random suffix, password {@code x}. */
  static User user(Jdbi jdbi, String prefix, Instant at) {
    String name = prefix + UUID.randomUUID().toString().substring(0, 8);
    return new PostgresUserStore(jdbi)
        .create(new NewUser(name, name + "@example.com", false), "x", at);
  }

  /** A public project of {@code owner}. */
  static Project project(Jdbi jdbi, User owner, String name, Instant at) {
    return new PostgresProjectStore(jdbi)
        .create(owner.id(), new NewProject(name, "", List.of(), true), uuid(), at);
  }

  /** A run just created by {@code creator}, queued for the scheduler to start. */
  static Run created(
      PostgresRunStore store, Project project, User creator, RunKind kind, Instant at) {
    return store.create(
        new NewRun(
            uuid(), project.id(), kind, creator.id(), null, null, "", List.of(), "{}", Map.of()),
        Status.CREATED,
        Runs.TASK_START,
        at);
  }

  /** What the scripted executors are asked to start: {@code echo hi} in /tmp. */
  static Launch echoLaunch(Run run) {
    return new Launch(
        run.uuid(),
        "echo hi",
        null,
        Path.of("/tmp"),
        Map.of(),
        Path.of("/tmp/log"),
        Map.of(),
        Map.of());
  }

  static String uuid() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
