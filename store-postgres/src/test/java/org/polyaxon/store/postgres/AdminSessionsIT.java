package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessions;
import org.polyaxon.core.auth.AdminSessions.Opened;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** The admin view's sessions on the real PostgreSQL store. */
class AdminSessionsIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final MutableClock CLOCK = MutableClock.at("2024-01-10T09:00:00Z");
  private static Jdbi jdbi;
  private static Users users;
  private static AdminSessions sessions;
  private static User root;

  @BeforeAll
  static void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    jdbi = Jdbi.create(DB.dataSource());
    users = new Users(new PostgresUserStore(jdbi), CLOCK, 8, Duration.ofDays(30));
    sessions = new AdminSessions(new PostgresAdminSessionStore(jdbi), CLOCK);
    root = users.ensureRoot("root", "root@example.com", "root-password").user();
  }

  private static long storedWithId(String id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT count(*) FROM admin_sessions WHERE id_hash = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .one());
  }

  @Test
  void aSessionIsFoundByItsIdWhichIsNotStored() {
    Opened opened = sessions.open(root);

    assertThat(opened.id()).matches("[0-9a-f]{64}");
    assertThat(opened.session().csrfToken()).matches("[0-9a-f]{64}").isNotEqualTo(opened.id());
    assertThat(sessions.find(opened.id()))
        .get()
        .extracting(s -> s.user().username())
        .isEqualTo("root");
    assertThat(storedWithId(opened.id())).isZero();
    assertThat(sessions.find("f".repeat(64))).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void aSessionExpiresAfterItsLifetime() {
    MutableClock clock = MutableClock.at("2024-02-01T00:00:00Z");
    AdminSessions timed = new AdminSessions(new PostgresAdminSessionStore(jdbi), clock);
    Opened opened = timed.open(root);

    clock.advance(AdminSessions.LIFETIME.minusSeconds(1));
    assertThat(timed.find(opened.id())).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(timed.find(opened.id())).isEmpty();
  }

  @Test
  void onlyActiveSuperusersHoldSessions() {
    User plain =
        users.create(root, new NewUser("plain", "plain@example.com", false), "plain-password");
    assertThatThrownBy(() -> sessions.open(plain)).isInstanceOf(ForbiddenException.class);

    User boss = users.create(root, new NewUser("boss", "boss@example.com", true), "boss-password");
    Opened opened = sessions.open(boss);
    users.setActive(root, "boss", false);
    assertThat(sessions.find(opened.id())).isEmpty();
    users.setActive(root, "boss", true);
    assertThat(sessions.find(opened.id())).isPresent();
  }

  @Test
  void aFlashIsReadOnceAndLogoutDeletesTheSession() {
    Opened opened = sessions.open(root);

    sessions.flash(opened.id(), new Flash(true, "It failed"));

    assertThat(sessions.takeFlash(opened.id())).contains(new Flash(true, "It failed"));
    assertThat(sessions.takeFlash(opened.id())).isEmpty();
    sessions.close(opened.id());
    assertThat(sessions.find(opened.id())).isEmpty();
  }

  @Test
  void theCsrfTokenIsComparedExactly() {
    AdminSessions.AdminSession session = sessions.open(root).session();

    assertThat(session.acceptsCsrfToken(session.csrfToken())).isTrue();
    assertThat(session.acceptsCsrfToken(session.csrfToken() + "0")).isFalse();
    assertThat(session.acceptsCsrfToken("")).isFalse();
    assertThat(session.acceptsCsrfToken(null)).isFalse();
  }

  @Test
  void openingASessionSweepsExpiredOnes() {
    MutableClock clock = MutableClock.at("2024-03-01T00:00:00Z");
    AdminSessions timed = new AdminSessions(new PostgresAdminSessionStore(jdbi), clock);
    timed.open(root);
    assertThat(openedAtMarch()).isEqualTo(1);

    clock.advance(AdminSessions.LIFETIME.plusSeconds(1));
    timed.open(root);

    assertThat(openedAtMarch()).isZero();
  }

  private static long openedAtMarch() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT count(*) FROM admin_sessions"
                        + " WHERE created_at = TIMESTAMPTZ '2024-03-01 00:00:00Z'")
                .mapTo(Long.class)
                .one());
  }
}
