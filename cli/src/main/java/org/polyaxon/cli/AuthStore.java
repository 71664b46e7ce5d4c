package org.polyaxon.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The token: {@code ~/.polyaxon/.polyaxonauth} ({@code username}, {@code token}, mode 0600), or
 * {@code POLYAXON_SECRET_USER_TOKEN}, which wins.
 */
final class AuthStore {
  static final String FILE = ".polyaxonauth";

  private AuthStore() {}

  record Auth(String username, String token) {}

  static Optional<Auth> current(Path home, CliEnvironment env) {
    String secret = env.nonBlank("POLYAXON_SECRET_USER_TOKEN");
    if (secret != null) {
      return Optional.of(new Auth(null, secret));
    }
    return StateFiles.read(home.resolve(FILE))
        .filter(node -> node.hasNonNull("token"))
        .map(node -> new Auth(node.path("username").asText(null), node.get("token").asText()));
  }

  static void save(Path home, Auth auth) {
    ObjectNode node = StateFiles.JSON.createObjectNode();
    node.put("username", auth.username());
    node.put("token", auth.token());
    StateFiles.write(home.resolve(FILE), node, true);
  }

  static boolean delete(Path home) {
    boolean existed = home.resolve(FILE).toFile().exists();
    StateFiles.delete(home.resolve(FILE));
    return existed;
  }
}
