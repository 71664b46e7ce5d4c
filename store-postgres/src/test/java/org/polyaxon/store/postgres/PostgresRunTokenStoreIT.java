package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.RunTokenStore.TokenRun;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.run.Run;
import org.polyaxon.core.run.RunKind;
import org.polyaxon.core.status.Status;
import org.polyaxon.testing.FreshDatabase;

/** Run token digests: one per run, replaced on a new launch, gone with their run. */
class PostgresRunTokenStoreIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

  private PostgresRunTokenStore tokens;
  private PostgresRunStore runs;
  private User owner;
  private User creator;
  private Project project;

  @BeforeEach
  void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    tokens = new PostgresRunTokenStore(jdbi);
    runs = new PostgresRunStore(jdbi);
    owner = StoreFixtures.user(jdbi, "o", NOW);
    creator = StoreFixtures.user(jdbi, "c", NOW);
    project = StoreFixtures.project(jdbi, owner, "mnist", NOW);
  }

  private Run run() {
    return StoreFixtures.created(runs, project, creator, RunKind.JOB, NOW);
  }

  @Test
  void aDigestFindsItsRunWithTheRunsCreatorProjectAndStatus() {
    Run run = run();
    tokens.save(run.id(), "digest-" + run.uuid(), NOW);

    TokenRun found = tokens.findByTokenHash("digest-" + run.uuid()).orElseThrow();
    assertThat(found.runId()).isEqualTo(run.id());
    assertThat(found.kind()).isEqualTo(RunKind.JOB);
    assertThat(found.number()).isEqualTo(run.number());
    assertThat(found.status()).isEqualTo(Status.CREATED);
    assertThat(found.creator()).isEqualTo(creator);
    assertThat(found.projectOwner()).isEqualTo(owner.username());
    assertThat(found.projectName()).isEqualTo("mnist");
  }

  @Test
  void aNewTokenReplacesTheOldOneAndDeletingTheRunDeletesIt() {
    Run run = run();
    tokens.save(run.id(), "first-" + run.uuid(), NOW);
    tokens.save(run.id(), "second-" + run.uuid(), NOW.plusSeconds(1));
    assertThat(tokens.findByTokenHash("first-" + run.uuid())).isEmpty();
    assertThat(tokens.findByTokenHash("second-" + run.uuid())).isPresent();

    runs.delete(run.id());
    assertThat(tokens.findByTokenHash("second-" + run.uuid())).isEmpty();
  }
}
