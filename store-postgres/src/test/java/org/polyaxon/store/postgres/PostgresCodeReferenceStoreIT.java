package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.code.CodeReference;
import org.polyaxon.core.project.Project;
import org.polyaxon.core.project.ProjectStore.NewProject;
import org.polyaxon.testing.FreshDatabase;

class PostgresCodeReferenceStoreIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final Instant T0 = Instant.parse("2024-04-01T10:00:00Z");
  private static PostgresCodeReferenceStore references;
  private static User ada;
  private static Project mnist;
  private static Project other;

  @BeforeAll
  static void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    Jdbi jdbi = Jdbi.create(DB.dataSource());
    references = new PostgresCodeReferenceStore(jdbi);
    ada = new PostgresUserStore(jdbi).create(new NewUser("ada", "ada@example.com", false), "x", T0);
    PostgresProjectStore projects = new PostgresProjectStore(jdbi);
    mnist =
        projects.create(ada.id(), new NewProject("mnist", "", List.of(), true), "a".repeat(32), T0);
    other =
        projects.create(ada.id(), new NewProject("other", "", List.of(), true), "b".repeat(32), T0);
  }

  @Test
  void theNewestUploadIsTheLatestEvenWhenItRepeatsACommit() {
    assertThat(references.latest(mnist.id())).isEmpty();
    CodeReference first = references.create(mnist.id(), "1".repeat(64), 10, ada.id(), T0);
    assertThat(first.uploadedBy()).isEqualTo("ada");
    assertThat(first.createdAt()).isEqualTo(T0);
    references.create(mnist.id(), "2".repeat(64), 20, ada.id(), T0.plusSeconds(1));
    CodeReference again =
        references.create(mnist.id(), "1".repeat(64), 10, ada.id(), T0.plusSeconds(2));

    assertThat(references.latest(mnist.id())).contains(again);
    assertThat(references.latest(other.id())).isEmpty();
  }

  @Test
  void onlyContentHashesAreCommits() {
    assertThatThrownBy(() -> references.create(other.id(), "../x", 1, ada.id(), T0))
        .hasMessageContaining("commit_hash");
  }
}
