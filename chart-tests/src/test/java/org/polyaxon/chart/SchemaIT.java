package org.polyaxon.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** values.schema.json: wrong types and unknown enum values are rejected with the key's path. */
class SchemaIT {

  @ParameterizedTest(name = "{0}={1} is rejected at {2}")
  @CsvSource({
    "serviceType, Ingress, /serviceType",
    "rbac.enabled, yes, /rbac/enabled",
    "ingress.enabled, maybe, /ingress/enabled",
    "api.replicas, three, /api/replicas",
    "api.imagePullPolicy, Sometimes, /api/imagePullPolicy",
    "scheduler.replicas, -1, /scheduler/replicas",
    "limitResources, 1, /limitResources",
    "persistence.outputs.o1.store, ftp, /persistence/outputs/o1/store",
    "persistence.logs.readOnly, nope, /persistence/logs/readOnly",
    "deploymentType, openshift, /deploymentType",
    "docker-registry.service.type, Magic, /docker-registry/service/type",
    "postgresql.enabled, sure, /postgresql/enabled",
    "api.service.nodePort, 70000, /api/service/nodePort",
    "intervals.experimentsScheduler, soon, /intervals/experimentsScheduler",
    "logLevel, LOUD, /logLevel",
    "hooks.backoffLimit, many, /hooks/backoffLimit",
    "resourcesDaemon.enabled, on, /resourcesDaemon/enabled",
    "redis.persistence.accessMode, ReadWriteSometimes, /redis/persistence/accessMode",
    "user.username, '', /user/username",
  })
  void wrongValuesAreRejectedWithTheirPath(String key, String value, String path) {
    assertThatThrownBy(() -> ChartUnderTest.templateOriginal(Map.of(key, value)))
        .hasMessageContaining("values don't meet the specifications")
        .hasMessageContaining(path);
  }

  @Test
  void anUnknownTopLevelKeyIsRejected() {
    assertThatThrownBy(() -> ChartUnderTest.templateOriginal(Map.of("serviceTyp", "NodePort")))
        .hasMessageContaining("serviceTyp");
  }

  @Test
  void wrongShapesAreRejected() {
    assertThatThrownBy(() -> ChartUnderTest.templateOriginal(Map.of("secretRefs", "one")))
        .hasMessageContaining("/secretRefs");
    assertThatThrownBy(
            () -> ChartUnderTest.templateOriginal(Map.of("nodeSelectors.core", "pool=core")))
        .hasMessageContaining("/nodeSelectors/core");
  }

  @Test
  void theUpstreamValuesAndEveryAcceptedKeyPass() {
    assertThat(
            ChartUnderTest.templateOriginal(
                Map.of(
                    "queues.repos", "queues.repos",
                    "clusterId", "abc",
                    "registry.enabled", false,
                    "registry.external.host", "r.example.com"),
                ChartUnderTest.upstreamValues()))
        .contains("kind: Deployment");
  }
}
