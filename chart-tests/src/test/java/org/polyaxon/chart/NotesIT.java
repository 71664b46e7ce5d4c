package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NOTES.txt, rendered by a client-only dry-run install (helm-java's template omits it). */
class NotesIT {

  private static String notes(Map<String, Object> sets, Path... valuesFiles) {
    FakeKubeApi.get(); // helm-java runs lookup even for a client-only dry-run
    InstallCommand install =
        new Helm(ChartUnderTest.DIR)
            .install()
            .withName(ChartUnderTest.RELEASE)
            .withNamespace(ChartUnderTest.NAMESPACE)
            .withKubeVersion(ChartUnderTest.KUBE_VERSION)
            .dryRun()
            .clientOnly();
    for (Path f : valuesFiles) {
      install = install.withValuesFile(f);
    }
    for (Map.Entry<String, Object> e : sets.entrySet()) {
      install = install.set(e.getKey(), e.getValue());
    }
    String out = install.call().getOutput();
    return out.substring(out.indexOf("NOTES:"));
  }

  @Test
  void printsHowToReadTheAdminPassword() {
    String notes = notes(Map.of());

    assertThat(notes)
        .contains(
            "kubectl get secret --namespace polyaxon polyaxon-polyaxon-secret"
                + " -o jsonpath=\"{.data.POLYAXON_ADMIN_PASSWORD}\" | base64 --decode")
        .contains("Log in as root")
        .doesNotContain("WARNING");
  }

  @Test
  void aGeneratedPasswordIsSaidToBeKept() {
    assertThat(notes(Map.of("user.password", "null"))).contains("generated at install");
  }

  @Test
  void clusterIpPrintsTheSeedsPortForward() {
    assertThat(notes(Map.of("serviceType", "ClusterIP")))
        .contains(
            "kubectl port-forward --namespace polyaxon svc/polyaxon-polyaxon-api 31811:80 31812:1337")
        .contains("polyaxon config set --host=localhost --http_port=31811 --ws_port=31812");
  }

  @Test
  void nodePortAndMinikube() {
    String notes = notes(Map.of("serviceType", "NodePort", "deploymentType", "minikube"));

    assertThat(notes).contains("$(minikube ip)").contains("{.spec.ports[1].nodePort}");
  }

  @Test
  void ingressWithTlsPrintsHttps() {
    assertThat(notes(Map.of(), ChartUnderTest.values("ingress.yaml")))
        .contains("https://polyaxon.example.com")
        .contains("--http_port=443 --ws_port=443 --use_https=true");
  }

  @Test
  void keysWithNoEffectAreNamedWhenSet() {
    String notes = notes(Map.of(), ChartUnderTest.values("no-effect.yaml"));

    assertThat(notes)
        .contains("WARNING: these values have no effect")
        .contains("  - queues")
        .contains("  - rabbitmq")
        .contains("  - hpsearch")
        .contains("  - scheduler.concurrency")
        .contains("  - streams.image")
        .doesNotContain("  - auth");
  }

  @Test
  void theUpstreamValuesFileIsWarnedAbout() {
    String notes = notes(Map.of(), ChartUnderTest.upstreamValues());

    assertThat(notes)
        .contains("  - queues")
        .contains("  - eventMonitors")
        .contains("  - tablesHook")
        .contains("  - resourcesDaemon.enabled")
        .contains("api.image=polyaxon/polyaxon-api")
        .contains("hooks.image=polyaxon/polyaxon-manage")
        .as("every sign-in provider is disabled upstream")
        .doesNotContain("  - auth");
  }

  @Test
  void anEnabledSignInProviderIsNamed() {
    assertThat(notes(Map.of("auth.ldap.enabled", true))).contains("  - auth.ldap");
  }

  @Test
  void aRunsNamespaceOtherThanTheReleasesIsPointedOut() {
    assertThat(notes(Map.of("namespace", "ml-runs")))
        .contains("runs are created in namespace ml-runs");
    assertThat(notes(Map.of())).doesNotContain("runs are created in namespace");
  }
}
