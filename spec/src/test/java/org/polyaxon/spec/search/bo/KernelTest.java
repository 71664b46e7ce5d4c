package org.polyaxon.spec.search.bo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.polyaxon.spec.search.KernelType;

class KernelTest {

  @Test
  void maternUsesTheNearestClosedFormForOtherSmoothnesses() {
    double r = 0.7;
    Kernel half = new Kernel(KernelType.MATERN, 0.5);
    Kernel threeHalves = new Kernel(KernelType.MATERN, 1.5);
    Kernel fiveHalves = new Kernel(KernelType.MATERN, 2.5);

    assertThat(half.correlation(r)).isCloseTo(Math.exp(-r), within(1e-12));
    assertThat(new Kernel(KernelType.MATERN, 0.8).correlation(r)).isEqualTo(half.correlation(r));
    assertThat(new Kernel(KernelType.MATERN, 1.9).correlation(r))
        .isEqualTo(threeHalves.correlation(r));
    assertThat(new Kernel(KernelType.MATERN, 4.0).correlation(r))
        .isEqualTo(fiveHalves.correlation(r));
    assertThat(threeHalves.correlation(r)).isNotEqualTo(fiveHalves.correlation(r));
  }
}
