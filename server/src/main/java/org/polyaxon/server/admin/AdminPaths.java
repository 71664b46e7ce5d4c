package org.polyaxon.server.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The admin view's URLs. */
final class AdminPaths {
  static final String ROOT = "/_admin";
  static final String LOGIN = ROOT + "/login";
  static final String LOGOUT = ROOT + "/logout";
  static final String USERS = ROOT + "/users";
  static final String RUNS = ROOT + "/runs";

  private AdminPaths() {}

  static String user(String username, String action) {
    return USERS + "/" + encode(username) + "/" + action;
  }

  static String run(String uuid) {
    return RUNS + "/" + encode(uuid);
  }

  static String stop(String uuid) {
    return run(uuid) + "/stop";
  }

  static String runsOfProject(String owner, String project, int page) {
    return RUNS + "?project=" + encode(owner + "/" + project) + (page > 1 ? "&page=" + page : "");
  }

  static String runsPage(int page) {
    return page > 1 ? RUNS + "?page=" + page : RUNS;
  }

  /**
   * True for a path of this view that a form may send the browser back to: no other site, no
   * scheme, nothing but the characters our own links use.
   */
  static boolean isSafeReturn(String path) {
    return path != null
        && path.startsWith(ROOT + "/")
        && !path.contains("//")
        && path.matches("[A-Za-z0-9/_?=&%.-]+");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
