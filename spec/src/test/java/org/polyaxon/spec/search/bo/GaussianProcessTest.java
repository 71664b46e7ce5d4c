package org.polyaxon.spec.search.bo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.search.AcquisitionFunction;
import org.polyaxon.spec.search.GaussianProcessConfig;
import org.polyaxon.spec.search.KernelType;
import org.polyaxon.spec.search.UtilityFunctionConfig;

class GaussianProcessTest {
  private static final double[][] XS = {{0.0}, {0.5}, {1.0}};
  private static final double[] Y = {1.0, 3.0, 2.0};

  @Test
  void kernelsAreOneAtZeroAndDecreaseWithDistance() {
    for (Kernel k :
        List.of(
            new Kernel(KernelType.RBF, 0),
            new Kernel(KernelType.MATERN, 0.5),
            new Kernel(KernelType.MATERN, 1.5),
            new Kernel(KernelType.MATERN, 2.5))) {
      assertThat(k.correlation(0)).isEqualTo(1.0);
      assertThat(k.correlation(0.5)).isLessThan(1.0).isGreaterThan(k.correlation(1.0));
    }
    assertThat(new Kernel(KernelType.MATERN, 0.5).correlation(1))
        .isCloseTo(Math.exp(-1), within(1e-15));
    assertThat(new Kernel(KernelType.RBF, 0).correlation(1))
        .isCloseTo(Math.exp(-0.5), within(1e-15));
    double a = Math.sqrt(3);
    assertThat(new Kernel(KernelType.MATERN, 1.5).correlation(1))
        .isCloseTo((1 + a) * Math.exp(-a), within(1e-15));
  }

  @Test
  void posteriorInterpolatesTheDataAndRevertsToThePriorFarAway() {
    GaussianProcess gp = GaussianProcess.fit(XS, Y, new Kernel(KernelType.RBF, 0), 0.3);
    for (int i = 0; i < XS.length; i++) {
      GaussianProcess.Prediction p = gp.predict(XS[i]);
      assertThat(p.mean()).isCloseTo(Y[i], within(1e-3));
      assertThat(p.std()).isLessThan(1e-2);
    }
    GaussianProcess.Prediction far = gp.predict(new double[] {10});
    assertThat(far.mean()).isCloseTo(2.0, within(1e-6)); // the mean of Y
    assertThat(far.std()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-6)); // the std of Y
  }

  @Test
  void repeatedPointsStillFactorise() {
    double[][] xs = {{0.2}, {0.2}, {0.7}};
    GaussianProcess gp =
        GaussianProcess.fit(xs, new double[] {1, 1.2, 0}, new Kernel(KernelType.MATERN, 2.5), 1);
    assertThat(gp.predict(new double[] {0.2}).mean()).isCloseTo(1.1, within(0.05));
  }

  @Test
  void modelSelectionPrefersAHigherMarginalLikelihood() {
    Kernel kernel = new Kernel(KernelType.RBF, 0);
    GaussianProcess chosen = ModelSelection.fit(XS, Y, kernel, 5.0, 3);
    assertThat(chosen.logMarginalLikelihood())
        .isGreaterThanOrEqualTo(GaussianProcess.fit(XS, Y, kernel, 5.0).logMarginalLikelihood())
        .isGreaterThanOrEqualTo(GaussianProcess.fit(XS, Y, kernel, 0.01).logMarginalLikelihood());
  }

  @Test
  void acquisitionFunctionsFollowTheirFormulas() {
    GaussianProcess.Prediction p = new GaussianProcess.Prediction(1.0, 0.5);
    assertThat(acquisition(AcquisitionFunction.UCB, 0.8).value(p))
        .isCloseTo(1.0 + 2.0 * 0.5, within(1e-12));
    // z = (1 - 0.8 - 0.2) / 0.5 = 0: ei = sigma * phi(0), poi = 1/2
    assertThat(acquisition(AcquisitionFunction.EI, 0.8).value(p))
        .isCloseTo(0.5 / Math.sqrt(2 * Math.PI), within(1e-12));
    assertThat(acquisition(AcquisitionFunction.POI, 0.8).value(p)).isCloseTo(0.5, within(1e-12));
    assertThat(Acquisition.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
  }

  private static Acquisition acquisition(AcquisitionFunction f, double best) {
    return new Acquisition(
        new UtilityFunctionConfig(f, 2.0, 0.2, 10, 0, GaussianProcessConfig.defaults()), best);
  }
}
