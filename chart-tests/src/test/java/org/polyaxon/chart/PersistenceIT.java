package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** persistence.logs/repos/upload/outputs/data and defaultPersistence. */
class PersistenceIT {

  private final Rendered custom = ChartUnderTest.render(ChartUnderTest.values("persistence.yaml"));

  private static JsonNode volume(Rendered r, String component, String name) {
    return Rendered.named(Rendered.podSpec(r.deployment(component)).path("volumes"), name)
        .orElseThrow(() -> new AssertionError(component + " has no volume " + name));
  }

  private static Optional<JsonNode> mount(Rendered r, String component, String name) {
    return Rendered.named(
        Rendered.container(r.deployment(component), component).path("volumeMounts"), name);
  }

  @Test
  void defaultsAreHostPathsAtTheSeedsMountPaths() {
    Rendered r = ChartUnderTest.render();

    assertThat(volume(r, "api", "logs").path("hostPath").path("path").asText())
        .isEqualTo("/tmp/logs");
    assertThat(mount(r, "api", "logs").orElseThrow().path("mountPath").asText())
        .isEqualTo("/polyaxon-logs");
    assertThat(mount(r, "api", "repos").orElseThrow().path("mountPath").asText())
        .isEqualTo("/polyaxon-repos");
    assertThat(mount(r, "api", "upload").orElseThrow().path("mountPath").asText())
        .isEqualTo("/tmp/upload");
    assertThat(volume(r, "api", "outputs-outputs").path("hostPath").path("path").asText())
        .isEqualTo("/tmp/outputs");
    assertThat(mount(r, "api", "outputs-outputs").orElseThrow().path("mountPath").asText())
        .isEqualTo("/outputs");
    assertThat(r.config().path("persistence").path("data").path("data").path("mountPath").asText())
        .isEqualTo("/data");
  }

  @Test
  void claimsHostPathsAndSubPathsOfLogsReposUpload() {
    assertThat(
            volume(custom, "api", "logs").path("persistentVolumeClaim").path("claimName").asText())
        .isEqualTo("logs-pvc");
    assertThat(mount(custom, "scheduler", "logs").orElseThrow().path("subPath").asText())
        .isEqualTo("logs");
    assertThat(volume(custom, "scheduler", "repos").path("hostPath").path("path").asText())
        .isEqualTo("/mnt/repos");
    assertThat(mount(custom, "scheduler", "repos").orElseThrow().path("mountPath").asText())
        .isEqualTo("/repos");
    assertThat(
            volume(custom, "api", "upload")
                .path("persistentVolumeClaim")
                .path("claimName")
                .asText())
        .isEqualTo("upload-pvc");
    assertThat(mount(custom, "api", "upload").orElseThrow().path("mountPath").asText())
        .isEqualTo("/upload");
    assertThat(mount(custom, "scheduler", "upload")).as("upload is the API's only").isEmpty();
  }

  @Test
  void theApiMountsEveryOutputsVolumeItServes() {
    assertThat(volume(custom, "api", "outputs-outputs1").path("hostPath").path("path").asText())
        .isEqualTo("/mnt/outputs");
    assertThat(mount(custom, "api", "outputs-outputs1").orElseThrow().path("mountPath").asText())
        .isEqualTo("/outputs/1");
    JsonNode second = volume(custom, "api", "outputs-outputs-2");
    assertThat(second.path("persistentVolumeClaim").path("claimName").asText())
        .isEqualTo("outputs-2-pvc");
    assertThat(mount(custom, "api", "outputs-outputs-2").orElseThrow().path("readOnly").asBoolean())
        .isTrue();
    assertThat(mount(custom, "api", "outputs-outputs")).as("the default is replaced").isEmpty();
    assertThat(mount(custom, "api", "outputs-outputs-s3")).as("a bucket is no volume").isEmpty();
  }

  @Test
  void bucketsGiveTheirCredentialsToThePodsThatServeThem() {
    JsonNode api = Rendered.container(custom.deployment("api"), "api");
    JsonNode ref = Rendered.env(api, "s3-key").path("valueFrom").path("secretKeyRef");

    assertThat(ref.path("name").asText()).isEqualTo("s3-secret");
    assertThat(ref.path("key").asText()).isEqualTo("s3-key");
    assertThat(
            Rendered.env(Rendered.container(custom.deployment("scheduler"), "scheduler"), "s3-key")
                .isMissingNode())
        .isTrue();
  }

  @Test
  void everyEntryReachesThePlatformConfiguration() {
    JsonNode p = custom.config().path("persistence");

    assertThat(p.path("outputs").fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("outputs1", "outputs_2", "outputs-s3");
    assertThat(p.path("outputs").path("outputs-s3").path("bucket").asText())
        .isEqualTo("s3://outputs-bucket");
    assertThat(p.path("data").path("data1").path("readOnly").asBoolean()).isTrue();
    assertThat(p.path("data").path("data-gcs").path("store").asText()).isEqualTo("gcs");
    assertThat(p.path("logs").path("existingClaim").asText()).isEqualTo("logs-pvc");
  }

  private static Optional<JsonNode> ownerInit(Rendered r, String component) {
    return Rendered.named(
        Rendered.podSpec(r.deployment(component)).path("initContainers"), "host-path-owner");
  }

  @Test
  void hostPathDirectoriesAreGivenToTheNonRootUser() {
    Rendered r = ChartUnderTest.render();
    JsonNode api = ownerInit(r, "api").orElseThrow();

    assertThat(api.path("command"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "chown", "1000:1000", "/polyaxon-logs", "/polyaxon-repos", "/tmp/upload", "/outputs");
    assertThat(api.path("securityContext").path("runAsUser").asInt()).isZero();
    assertThat(api.path("securityContext").path("capabilities").path("add").get(0).asText())
        .isEqualTo("CHOWN");
    assertThat(api.path("volumeMounts")).hasSize(4);
    assertThat(ownerInit(r, "scheduler").orElseThrow().path("command"))
        .extracting(JsonNode::asText)
        .containsExactly("chown", "1000:1000", "/polyaxon-logs", "/polyaxon-repos");
    assertThat(
            Rendered.podSpec(r.deployment("api"))
                .path("initContainers")
                .get(0)
                .path("name")
                .asText())
        .isEqualTo("host-path-owner");
  }

  @Test
  void claimsAndReadOnlyVolumesAreLeftAlone() {
    assertThat(ownerInit(custom, "api").orElseThrow().path("command"))
        .extracting(JsonNode::asText)
        .containsExactly("chown", "1000:1000", "/repos", "/outputs/1");
  }

  @Test
  void theOwnerInitContainerCanBeTurnedOff() {
    Rendered r = ChartUnderTest.render(java.util.Map.of("persistence.hostPathOwner", false));

    assertThat(ownerInit(r, "api")).isEmpty();
    assertThat(ownerInit(r, "scheduler")).isEmpty();
  }
}
