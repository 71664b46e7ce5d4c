package org.polyaxon.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.polyaxon.server.config.Options;
import org.polyaxon.server.http.PlatformUnderTest;
import org.polyaxon.server.http.TestPlatform;
import org.polyaxon.testing.MutableClock;

/** With {@code adminViewEnabled: false} the admin view does not exist. */
class AdminViewDisabledIT {
  @RegisterExtension
  static final PlatformUnderTest PLATFORM =
      PlatformUnderTest.with(
          MutableClock.at("2024-03-01T12:00:00Z"),
          config -> config.with(Options.ADMIN_VIEW_ENABLED, false));

  private static TestPlatform platform;

  @BeforeAll
  static void start() {
    platform = PLATFORM.get();
  }

  @Test
  void everyAdminPathAnswers404() {
    AdminClient browser = new AdminClient(platform.platform.port());

    for (String path : List.of("/_admin", "/_admin/login", "/_admin/users", "/_admin/runs")) {
      assertThat(browser.get(path).status()).as(path).isEqualTo(404);
    }
    assertThat(
            browser.post("/_admin/login", "username", "root", "password", "root-password").status())
        .isEqualTo(404);
    assertThat(browser.cookie(AdminGuard.SESSION_COOKIE)).isNull();
  }
}
