package org.polyaxon.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.polyaxon.core.auth.UserStore.NewUser;
import org.polyaxon.core.auth.UserStore.TokenOwner;
import org.polyaxon.core.error.ForbiddenException;
import org.polyaxon.core.error.InvalidInputException;
import org.polyaxon.core.error.NotAuthenticatedException;
import org.polyaxon.core.error.NotFoundException;

/** Accounts, logins and API tokens. */
public final class Users {
  /** Length of generated root passwords; long enough to never need changing. */
  public static final int GENERATED_PASSWORD_LENGTH = 20;

  private static final int TOKEN_BYTES = 20;

  /** First path segments of /api/v1 routes: a user of that name would be unreachable. */
  private static final Set<String> RESERVED_NAMES =
      Set.of(
          "users",
          "superusers",
          "projects",
          "versions",
          "cluster",
          "nodes",
          "bookmarks",
          "archives",
          "searches",
          "activitylogs",
          "historylogs",
          "experiments",
          "log_handler");

  private final UserStore store;
  private final Clock clock;
  private final int minimumPasswordLength;
  private final Duration tokenLifetime;

  public Users(UserStore store, Clock clock, int minimumPasswordLength, Duration tokenLifetime) {
    this.store = store;
    this.clock = clock;
    this.minimumPasswordLength = minimumPasswordLength;
    this.tokenLifetime = tokenLifetime;
  }

  /**
   * Creates the root superuser unless a user of that name exists. With no configured password a
   * random one is generated and returned, so the caller can show it once; it is stored hashed.
   */
  public RootUser ensureRoot(String username, String email, String configuredPassword) {
    Optional<User> existing = store.findByUsername(username);
    if (existing.isPresent()) {
      return new RootUser(existing.get(), false, Optional.empty());
    }
    boolean generate = configuredPassword == null || configuredPassword.isEmpty();
    String password =
        generate ? Passwords.randomPassword(GENERATED_PASSWORD_LENGTH) : configuredPassword;
    User root =
        store.create(new NewUser(username, email, true), Passwords.hash(password), clock.instant());
    return new RootUser(root, true, generate ? Optional.of(password) : Optional.empty());
  }

  /** Gives {@code username} a new random password and returns it. */
  public String resetPassword(String username) {
    if (store.findByUsername(username).isEmpty()) {
      throw new NotFoundException("There is no user '" + username + "'");
    }
    String password = Passwords.randomPassword(GENERATED_PASSWORD_LENGTH);
    store.setPasswordHash(username, Passwords.hash(password));
    return password;
  }

  /** Checks a username and password and returns a new API token for the user. */
  public String login(String username, String password) {
    User user = checkPassword(username, password);
    String token = Passwords.randomHex(TOKEN_BYTES);
    store.saveToken(user.id(), TokenHash.of(token), clock.instant());
    return token;
  }

  /** The active user with this username and password; creates no token. */
  public User checkPassword(String username, String password) {
    Optional<User> user = store.findByUsername(username);
    boolean valid =
        user.isPresent()
            && user.get().active()
            && Passwords.matches(password, store.passwordHash(username).orElse(null));
    if (!valid) {
      // One message for all cases, so a caller cannot probe which usernames exist.
      throw new NotAuthenticatedException("Unable to log in with the provided credentials.");
    }
    return user.get();
  }

  /** The active user an API token belongs to. */
  public User authenticate(String token) {
    Optional<TokenOwner> owner = store.findByTokenHash(TokenHash.of(token));
    if (owner.isEmpty() || !owner.get().user().active()) {
      throw new NotAuthenticatedException("Invalid token.");
    }
    Instant expiry = owner.get().tokenCreatedAt().plus(tokenLifetime);
    if (!clock.instant().isBefore(expiry)) {
      throw new NotAuthenticatedException("Token has expired; log in again.");
    }
    return owner.get().user();
  }

  /** Creates an ordinary user; only a superuser may. */
  public User create(User actor, NewUser user, String password) {
    requireSuperuser(actor);
    if (user.username() == null || !user.username().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,149}")) {
      throw new InvalidInputException(
          "username: expected letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (RESERVED_NAMES.contains(user.username().toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(
          "username: '" + user.username() + "' is reserved by the API; choose another");
    }
    if (password == null || password.length() < minimumPasswordLength) {
      throw new InvalidInputException(
          "password: expected at least " + minimumPasswordLength + " characters");
    }
    return store.create(user, Passwords.hash(password), clock.instant());
  }

  public List<User> list(User actor) {
    requireSuperuser(actor);
    return store.list();
  }

  public void setActive(User actor, String username, boolean active) {
    requireSuperuser(actor);
    requireExists(username);
    store.setActive(username, active);
  }

  public void setSuperuser(User actor, String username, boolean superuser) {
    requireSuperuser(actor);
    requireExists(username);
    store.setSuperuser(username, superuser);
  }

  public void delete(User actor, String username) {
    requireSuperuser(actor);
    if (actor.username().equals(username)) {
      throw new InvalidInputException("A superuser cannot delete their own account");
    }
    if (!store.delete(username)) {
      throw new NotFoundException("There is no user '" + username + "'");
    }
  }

  private void requireExists(String username) {
    if (store.findByUsername(username).isEmpty()) {
      throw new NotFoundException("There is no user '" + username + "'");
    }
  }

  private static void requireSuperuser(User actor) {
    if (!actor.superuser()) {
      throw new ForbiddenException("Only a superuser may manage users.");
    }
  }

  /**
   * The outcome of {@link #ensureRoot}.
   *
   * @param user the root user
   * @param created true if it was created now
   * @param generatedPassword the random password, when one was generated now
   */
  public record RootUser(User user, boolean created, Optional<String> generatedPassword) {}
}
