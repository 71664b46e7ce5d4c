package org.polyaxon.server.admin;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.polyaxon.core.auth.AdminSessions;
import org.polyaxon.core.auth.AdminSessions.AdminSession;
import org.polyaxon.core.auth.Passwords;

/**
 * What every admin request goes through: the security headers, the session cookie and the CSRF
 * check of forms.
 */
final class AdminGuard {
  static final String SESSION_COOKIE = "polyaxon_admin_session";

  /** Before a session exists, the login form is protected by a double-submit cookie. */
  static final String LOGIN_COOKIE = "polyaxon_admin_login";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'";

  private static final int LOGIN_COOKIE_SECONDS = 3600;

  private final AdminSessions sessions;

  AdminGuard(AdminSessions sessions) {
    this.sessions = sessions;
  }

  /** Headers of every admin response: no scripts, no framing, nothing cached. */
  static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  /** The request's valid session, if it has one. */
  Optional<AdminSession> session(Context ctx) {
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  /** The session id the browser sent; only call after {@link #session} found it valid. */
  static String sessionId(Context ctx) {
    return ctx.cookie(SESSION_COOKIE);
  }

  /** True if the form carries this session's CSRF token. */
  static boolean csrfMatches(Context ctx, AdminSession session) {
    return session.acceptsCsrfToken(ctx.formParam(Forms.CSRF_FIELD));
  }

  void startSession(Context ctx, AdminSessions.Opened opened) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, opened.id(), (int) AdminSessions.LIFETIME.toSeconds()));
    ctx.cookie(cookie(ctx, LOGIN_COOKIE, "", 0));
  }

  void endSession(Context ctx) {
    ctx.cookie(cookie(ctx, SESSION_COOKIE, "", 0));
  }

  /** A new login token, set as a cookie; the form must send the same value back. */
  static String issueLoginToken(Context ctx) {
    String token = Passwords.randomHex(32);
    ctx.cookie(cookie(ctx, LOGIN_COOKIE, token, LOGIN_COOKIE_SECONDS));
    return token;
  }

  /** True if the login form's token equals its cookie: the form came from our own page. */
  static boolean loginTokenMatches(Context ctx) {
    String cookie = ctx.cookie(LOGIN_COOKIE);
    String field = ctx.formParam(Forms.CSRF_FIELD);
    return cookie != null
        && !cookie.isEmpty()
        && field != null
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
  }

  /** HTTPS directly, or through a proxy that says so; then the cookies are {@code Secure}. */
  static boolean isHttps(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme())
        || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  private static Cookie cookie(Context ctx, String name, String value, int maxAgeSeconds) {
    return new Cookie(
        name, value, AdminPaths.ROOT, maxAgeSeconds, isHttps(ctx), true, null, SameSite.STRICT);
  }
}
