package org.polyaxon.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessionStore.Flash;
import org.polyaxon.core.auth.AdminSessionStore.StoredSession;
import org.polyaxon.core.error.ForbiddenException;

/**
 * Browser sessions of the admin view. The cookie carries a random id; only its digest is stored. A
 * session is valid while it has not expired and its user is still an active superuser.
 */
public final class AdminSessions {
  /** How long a login lasts; a working day, after which the superuser logs in again. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  private static final int ID_BYTES = 32;
  private static final int CSRF_BYTES = 32;

  private final AdminSessionStore store;
  private final Clock clock;

  public AdminSessions(AdminSessionStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * A session just opened: the id goes into the cookie and is not kept anywhere else.
   *
   * @param id the random session id
   * @param session what the id stands for
   */
  public record Opened(String id, AdminSession session) {}

  /**
   * A valid session.
   *
   * @param user the superuser it belongs to
   * @param csrfToken the token each of its forms must send back
   */
  public record AdminSession(User user, String csrfToken) {
    /** True if {@code candidate} is this session's CSRF token; compared in constant time. */
    public boolean acceptsCsrfToken(String candidate) {
      return candidate != null
          && MessageDigest.isEqual(
              csrfToken.getBytes(StandardCharsets.UTF_8),
              candidate.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Opens a session for a superuser. */
  public Opened open(User user) {
    if (!user.superuser() || !user.active()) {
      throw new ForbiddenException("The admin pages are for superusers only.");
    }
    String id = Passwords.randomHex(ID_BYTES);
    String csrf = Passwords.randomHex(CSRF_BYTES);
    Instant now = clock.instant();
    store.create(TokenHash.of(id), user.id(), csrf, now, now.plus(LIFETIME));
    return new Opened(id, new AdminSession(user, csrf));
  }

  /** The valid session with this id, if there is one. */
  public Optional<AdminSession> find(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Optional<StoredSession> stored = store.find(TokenHash.of(id), clock.instant());
    return stored
        .filter(s -> s.user().active() && s.user().superuser())
        .map(s -> new AdminSession(s.user(), s.csrfToken()));
  }

  public void close(String id) {
    store.delete(TokenHash.of(id));
  }

  public void flash(String id, Flash flash) {
    store.setFlash(TokenHash.of(id), flash);
  }

  public Optional<Flash> takeFlash(String id) {
    return store.takeFlash(TokenHash.of(id));
  }
}
