package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.polyaxon.chart.ChartUnderTest.FULLNAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rbac.enabled: service accounts of the core and the runs, and the least privilege they need. */
class RbacIT {

  @Test
  void coreServiceAccountMayManageRunPodsServicesAndConfigMapsOnly() {
    Rendered r = ChartUnderTest.render();
    JsonNode role = r.get("Role", FULLNAME + "-core");
    JsonNode binding = r.get("RoleBinding", FULLNAME + "-core");

    assertThat(role.path("rules"))
        .extracting(
            rule ->
                rule.path("apiGroups").toString()
                    + rule.path("resources").toString()
                    + rule.path("verbs").toString())
        .containsExactly(
            "[\"\"][\"pods\",\"services\",\"configmaps\"][\"create\",\"get\",\"list\",\"watch\",\"delete\"]",
            "[\"\"][\"pods/log\"][\"get\"]");
    assertThat(role.path("metadata").path("namespace").asText()).isEqualTo("polyaxon");
    assertThat(binding.path("roleRef").path("name").asText()).isEqualTo(FULLNAME + "-core");
    assertThat(binding.path("subjects").get(0).path("name").asText()).isEqualTo(FULLNAME);
    assertThat(r.ofKind("ClusterRole")).isEmpty();
    assertThat(r.ofKind("ClusterRoleBinding")).isEmpty();
  }

  @Test
  void corePodsAndTheCleanupHookUseTheCoreAccount() {
    Rendered r = ChartUnderTest.render();

    for (String c : List.of("api", "scheduler")) {
      assertThat(Rendered.podSpec(r.deployment(c)).path("serviceAccountName").asText())
          .isEqualTo(FULLNAME);
    }
    assertThat(
            Rendered.podSpec(r.get("Job", FULLNAME + "-cleanup"))
                .path("serviceAccountName")
                .asText())
        .isEqualTo(FULLNAME);
  }

  @Test
  void runsGetTheirOwnAccountWithoutPermissionsOrToken() {
    Rendered r = ChartUnderTest.render();
    JsonNode runs = r.get("ServiceAccount", FULLNAME + "-runs");

    assertThat(runs.path("automountServiceAccountToken").asBoolean(true)).isFalse();
    assertThat(r.ofKind("RoleBinding"))
        .allSatisfy(
            b -> assertThat(b.path("subjects").toString()).doesNotContain(FULLNAME + "-runs\""));
    assertThat(r.config().path("serviceAccounts").path("runs").asText())
        .isEqualTo(FULLNAME + "-runs");
  }

  @Test
  void roleAndRunsAccountLiveInTheRunsNamespace() {
    Rendered r = ChartUnderTest.renderIn("platform", java.util.Map.of("namespace", "ml-runs"));

    assertThat(r.get("Role", FULLNAME + "-core").path("metadata").path("namespace").asText())
        .isEqualTo("ml-runs");
    assertThat(
            r.get("ServiceAccount", FULLNAME + "-runs").path("metadata").path("namespace").asText())
        .isEqualTo("ml-runs");
    assertThat(
            r.get("RoleBinding", FULLNAME + "-core")
                .path("subjects")
                .get(0)
                .path("namespace")
                .asText())
        .isEqualTo("platform");
  }

  @Test
  void disabledRendersNoAccountsRolesOrBindings() {
    Rendered r = ChartUnderTest.render(ChartUnderTest.values("rbac-disabled.yaml"));

    assertThat(r.ofKind("ServiceAccount")).isEmpty();
    assertThat(r.ofKind("Role")).isEmpty();
    assertThat(r.ofKind("RoleBinding")).isEmpty();
    for (String c : List.of("api", "scheduler")) {
      assertThat(Rendered.podSpec(r.deployment(c)).has("serviceAccountName")).isFalse();
    }
    assertThat(Rendered.podSpec(r.get("Job", FULLNAME + "-cleanup")).has("serviceAccountName"))
        .isFalse();
    assertThat(r.config().path("serviceAccounts").path("runs").asText()).isEmpty();
    assertThat(r.config().path("rbac").path("enabled").asBoolean(true)).isFalse();
  }
}
