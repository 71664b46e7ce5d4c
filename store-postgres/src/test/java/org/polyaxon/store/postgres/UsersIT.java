package org.polyaxon.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.core.auth.User;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.auth.Users;
import org.polyaxon.core.auth.Users.RootUser;
import org.polyaxon.core.error.ConflictException;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotAuthenticatedException;
import org.polyaxon.core.error.NotFoundException;
import org.polyaxon.testing.FreshDatabase;
import org.polyaxon.testing.MutableClock;

/** Accounts, logins and tokens on the real PostgreSQL store. */
class UsersIT {
  @RegisterExtension static final FreshDatabase DB = new FreshDatabase();
  private static final MutableClock CLOCK = MutableClock.at("2024-01-10T09:00:00Z");
  private static Users users;
  private static PostgresUserStore store;

  @BeforeAll
  static void setUp() {
    DatabaseMigrator.migrate(DB.dataSource());
    store = new PostgresUserStore(Jdbi.create(DB.dataSource()));
    users = new Users(store, CLOCK, 8, Duration.ofDays(30));
  }

  @Test
  void theRootUserIsCreatedOnceWithAGeneratedPasswordShownOnlyThen() {
    RootUser first = users.ensureRoot("root", "root@example.com", null);
    RootUser again = users.ensureRoot("root", "root@example.com", null);

    assertThat(first.created()).isTrue();
    assertThat(first.user().superuser()).isTrue();
    assertThat(first.generatedPassword()).get().asString().hasSize(Users.GENERATED_PASSWORD_LENGTH);
    assertThat(again.created()).isFalse();
    assertThat(again.generatedPassword()).isEmpty();
    assertThat(store.passwordHash("root"))
        .get()
        .asString()
        .startsWith("$2")
        .doesNotContain(first.generatedPassword().get());
    assertThat(users.authenticate(users.login("root", first.generatedPassword().get())).username())
        .isEqualTo("root");
  }

  @Test
  void aConfiguredRootPasswordIsUsedAndNotEchoed() {
    RootUser admin = users.ensureRoot("admin", "admin@example.com", "s3cret-pass");

    assertThat(admin.generatedPassword()).isEmpty();
    assertThat(users.login("admin", "s3cret-pass")).hasSize(40);
  }

  @Test
  void loginFailsAlikeForUnknownUsersWrongPasswordsAndDeactivatedAccounts() {
    User actor = users.ensureRoot("boss", "boss@example.com", "boss-password").user();
    users.create(actor, new NewUser("eve", "eve@example.com", false), "eve-password");

    assertThatThrownBy(() -> users.login("nobody", "whatever"))
        .isInstanceOf(NotAuthenticatedException.class)
        .hasMessage("Unable to log in with the provided credentials.");
    assertThatThrownBy(() -> users.login("eve", "wrong-password"))
        .hasMessage("Unable to log in with the provided credentials.");
    String token = users.login("eve", "eve-password");
    users.setActive(actor, "eve", false);
    assertThatThrownBy(() -> users.login("eve", "eve-password"))
        .hasMessage("Unable to log in with the provided credentials.");
    assertThatThrownBy(() -> users.authenticate(token)).hasMessage("Invalid token.");
    users.setActive(actor, "eve", true);
    assertThat(users.authenticate(token).username()).isEqualTo("eve");
  }

  @Test
  void tokensExpireAfterTheirLifetime() {
    users.ensureRoot("clockwatcher", "c@example.com", "watch-the-clock");
    String token = users.login("clockwatcher", "watch-the-clock");

    CLOCK.advance(Duration.ofDays(29));
    assertThat(users.authenticate(token).username()).isEqualTo("clockwatcher");
    CLOCK.advance(Duration.ofDays(1));
    assertThatThrownBy(() -> users.authenticate(token))
        .isInstanceOf(NotAuthenticatedException.class)
        .hasMessage("Token has expired; log in again.");
    assertThatThrownBy(() -> users.authenticate("0".repeat(40))).hasMessage("Invalid token.");
  }

  @Test
  void onlySuperusersManageUsersAndRulesAreEnforced() {
    User boss = users.ensureRoot("chief", "chief@example.com", "chief-password").user();
    User bob = users.create(boss, new NewUser("bob", "bob@example.com", false), "bob-password");

    assertThatThrownBy(
            () -> users.create(bob, new NewUser("x", "x@example.com", false), "long-enough"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> users.create(boss, new NewUser("ann", "a@example.com", false), "short"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("password: expected at least 8 characters");
    assertThatThrownBy(
            () ->
                users.create(boss, new NewUser("bad name", "b@example.com", false), "long-enough"))
        .hasMessageStartingWith("username: expected letters");
    assertThatThrownBy(
            () -> users.create(boss, new NewUser("bob", "b2@example.com", false), "long-enough"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("A user named 'bob' already exists");
    assertThatThrownBy(() -> users.delete(boss, "chief")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> users.setSuperuser(boss, "ghost", true))
        .isInstanceOf(NotFoundException.class);

    users.setSuperuser(boss, "bob", true);
    assertThat(store.findByUsername("bob")).get().extracting(User::superuser).isEqualTo(true);
    String token = users.login("bob", "bob-password");
    users.delete(boss, "bob");
    assertThat(store.findByUsername("bob")).isEmpty();
    assertThatThrownBy(() -> users.authenticate(token)).hasMessage("Invalid token.");
  }

  @Test
  void aResetPasswordReplacesTheOldOne() {
    users.ensureRoot("forgetful", "f@example.com", "old-password");

    String fresh = users.resetPassword("forgetful");

    assertThatThrownBy(() -> users.login("forgetful", "old-password"))
        .isInstanceOf(NotAuthenticatedException.class);
    assertThat(users.login("forgetful", fresh)).hasSize(40);
    assertThatThrownBy(() -> users.resetPassword("nobody")).isInstanceOf(NotFoundException.class);
  }
}
