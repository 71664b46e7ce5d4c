package org.polyaxon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolyaxonHomeTest {

  @Test
  void defaultsToDotPolyaxonInTheUserHome() {
    PolyaxonHome home = PolyaxonHome.resolve(Map.of(), "/home/ada");

    assertThat(home.root()).isEqualTo(Path.of("/home/ada/.polyaxon"));
    assertThat(home.database()).isEqualTo(Path.of("/home/ada/.polyaxon/db"));
  }

  @Test
  void polyaxonHomeOverridesIt() {
    PolyaxonHome home = PolyaxonHome.resolve(Map.of("POLYAXON_HOME", "/data/px"), "/home/ada");

    assertThat(home.root()).isEqualTo(Path.of("/data/px"));
  }

  @Test
  void aBlankPolyaxonHomeIsIgnored() {
    PolyaxonHome home = PolyaxonHome.resolve(Map.of("POLYAXON_HOME", " "), "/home/ada");

    assertThat(home.root()).isEqualTo(Path.of("/home/ada/.polyaxon"));
  }
}
