package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;
import static org.polyaxon.chart.ChartUnderTest.NAMESPACE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Secret <fullname>-secret: the admin password, generated values kept across upgrades. */
class SecretsIT {

  private static final String SECRET = FULLNAME + "-secret";

  private static Map<String, Object> nullPassword() {
    Map<String, Object> sets = new HashMap<>();
    sets.put("user.password", "null");
    return sets;
  }

  @AfterEach
  void forgetTheInstalledSecret() {
    FakeKubeApi.get().removeSecret(NAMESPACE, SECRET);
  }

  @Test
  void userPasswordIsTheAdminPassword() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("platform.yaml"));

    assertThat(r.secret(SECRET, "POLYAXON_ADMIN_PASSWORD")).isEqualTo("s3cret-admin");
    assertThat(r.secret(SECRET, "POLYAXON_EMAIL_PASSWORD")).isEqualTo("mail-pass");
    assertThat(r.secret(SECRET, "POLYAXON_DATABASE_PASSWORD")).isEqualTo("polyaxon");
  }

  @Test
  void aNullPasswordIsRandomAndDiffersBetweenInstalls() {
    String first = ChartUnderTest.render(nullPassword()).secret(SECRET, "POLYAXON_ADMIN_PASSWORD");
    String second = ChartUnderTest.render(nullPassword()).secret(SECRET, "POLYAXON_ADMIN_PASSWORD");

    assertThat(first).matches("[A-Za-z0-9]{16}");
    assertThat(second).matches("[A-Za-z0-9]{16}").isNotEqualTo(first);
  }

  @Test
  void upgradeKeepsTheGeneratedPasswordAndSecretKey() throws Exception {
    Rendered install = ChartUnderTest.render(nullPassword());
    JsonNode installed = install.get("Secret", SECRET);
    FakeKubeApi.get()
        .putSecret(
            NAMESPACE,
            SECRET,
            new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(installed));

    Rendered upgrade = ChartUnderTest.render(nullPassword());

    assertThat(upgrade.secret(SECRET, "POLYAXON_ADMIN_PASSWORD"))
        .isEqualTo(install.secret(SECRET, "POLYAXON_ADMIN_PASSWORD"));
    assertThat(upgrade.secret(SECRET, "POLYAXON_SECRET_KEY"))
        .isEqualTo(install.secret(SECRET, "POLYAXON_SECRET_KEY"))
        .matches("[A-Za-z0-9]{40}");
  }

  @Test
  void anExplicitPasswordWinsOverTheInstalledOne() throws Exception {
    Rendered install = ChartUnderTest.render(nullPassword());
    FakeKubeApi.get()
        .putSecret(
            NAMESPACE,
            SECRET,
            new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(install.get("Secret", SECRET)));

    Rendered upgrade = ChartUnderTest.render(Map.of("user.password", "chosen-now"));

    assertThat(upgrade.secret(SECRET, "POLYAXON_ADMIN_PASSWORD")).isEqualTo("chosen-now");
  }

  @Test
  void polyaxonSecretIsTheSecretKey() {
    Rendered r = ChartUnderTest.render(Map.of("polyaxonSecret", "my-signing-key"));

    assertThat(r.secret(SECRET, "POLYAXON_SECRET_KEY")).isEqualTo("my-signing-key");
  }

  @Test
  void optionalSecretsAreAbsentUnlessSet() {
    Rendered r = ChartUnderTest.render();

    assertThat(r.secret(SECRET, "POLYAXON_EMAIL_PASSWORD")).isNull();
    assertThat(r.secret(SECRET, "POLYAXON_REDIS_PASSWORD")).isNull();
    assertThat(r.secret(SECRET, "POLYAXON_REGISTRY_PASSWORD")).isNull();
  }

  @Test
  void platformContainersReadEverySecretFromTheSecretNotTheConfigMap() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("platform.yaml"));
    JsonNode api = Rendered.container(r.deployment("api"), "api");

    for (String key :
        new String[] {
          "POLYAXON_ADMIN_PASSWORD",
          "POLYAXON_SECRET_KEY",
          "POLYAXON_DATABASE_PASSWORD",
          "POLYAXON_EMAIL_PASSWORD"
        }) {
      JsonNode ref = Rendered.env(api, key).path("valueFrom").path("secretKeyRef");
      assertThat(ref.path("name").asText()).as(key).isEqualTo(SECRET);
      assertThat(ref.path("key").asText()).as(key).isEqualTo(key);
    }
    String config =
        r.get("ConfigMap", FULLNAME + "-config").path("data").path("polyaxon.yaml").asText();
    assertThat(config).doesNotContain("s3cret-admin", "mail-pass", "hostPassword", "password:");
  }
}
