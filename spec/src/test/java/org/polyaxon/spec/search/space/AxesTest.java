package org.polyaxon.spec.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;

class AxesTest {

  private static List<Object> values(MatrixOption option) {
    return Axes.of(option).toList();
  }

  @Test
  void valuesKeepTheirOrderAndTypes() {
    assertThat(values(new MatrixOption.Values(List.of("adam", 1L, 0.5, true))))
        .containsExactly("adam", 1L, 0.5, true);
  }

  @Test
  void pvaluesEnumerateTheirValues() {
    var option =
        new MatrixOption.PValues(
            List.of(new MatrixOption.Weighted("a", 0.3), new MatrixOption.Weighted("b", 0.7)));
    assertThat(values(option)).containsExactly("a", "b");
  }

  @Test
  void integerRangeExcludesStopAndStaysInteger() {
    assertThat(values(new MatrixOption.Range(0L, 10L, 3L))).containsExactly(0L, 3L, 6L, 9L);
    assertThat(values(new MatrixOption.Range(1L, 4L, 1L))).containsExactly(1L, 2L, 3L);
  }

  @Test
  void integerRangeCountsDownWithNegativeStep() {
    assertThat(values(new MatrixOption.Range(5L, 0L, -2L))).containsExactly(5L, 3L, 1L);
  }

  @Test
  void rangeWalkingAwayFromStopIsEmpty() {
    assertThat(values(new MatrixOption.Range(5L, 0L, 1L))).isEmpty();
    assertThat(values(new MatrixOption.Range(3L, 3L, 1L))).isEmpty();
  }

  @Test
  void floatRangeYieldsDoublesAndExcludesStop() {
    assertThat(values(new MatrixOption.Range(0L, 1L, 0.25))).containsExactly(0.0, 0.25, 0.5, 0.75);
    // numpy's own rounding quirk, kept for compatibility: (0.4 - 0.1) / 0.1 is
    // 3.0000000000000004, so arange(0.1, 0.4, 0.1) has 4 values, the last about 0.4.
    List<Object> quirk = values(new MatrixOption.Range(0.1, 0.4, 0.1));
    assertThat(quirk).hasSize(4);
    assertThat((Double) quirk.get(3)).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void rangeRejectsZeroStep() {
    assertThatThrownBy(() -> Axes.of(new MatrixOption.Range(0L, 5L, 0L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Axes.of(new MatrixOption.Range(0.0, 5.0, 0.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void linspaceIncludesBothEndsAndYieldsDoubles() {
    assertThat(values(new MatrixOption.Linspace(1L, 2L, 5)))
        .containsExactly(1.0, 1.25, 1.5, 1.75, 2.0);
    assertThat(values(new MatrixOption.Linspace(0L, 10L, 1))).containsExactly(0.0);
    assertThat(values(new MatrixOption.Linspace(0L, 10L, 0))).isEmpty();
    assertThat(values(new MatrixOption.Linspace(0.0, 1.0, 3))).containsExactly(0.0, 0.5, 1.0);
  }

  @Test
  void linspaceEndsAreExact() {
    List<Object> v = values(new MatrixOption.Linspace(0.1, 0.7, 7));
    assertThat(v.get(0)).isEqualTo(0.1);
    assertThat(v.get(6)).isEqualTo(0.7);
    assertThat((Double) v.get(3)).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void logspaceIsTenToTheLinspace() {
    assertThat(values(new MatrixOption.Logspace(0L, 3L, 4)))
        .containsExactly(1.0, 10.0, 100.0, 1000.0);
    List<Object> v = values(new MatrixOption.Logspace(-2L, 0L, 3));
    assertThat((Double) v.get(0)).isCloseTo(0.01, within(1e-15));
    assertThat((Double) v.get(1)).isCloseTo(0.1, within(1e-15));
    assertThat((Double) v.get(2)).isEqualTo(1.0);
  }

  @Test
  void geomspaceIsGeometricWithExactEnds() {
    List<Object> v = values(new MatrixOption.Geomspace(1L, 1000L, 4));
    assertThat(v.get(0)).isEqualTo(1.0);
    assertThat((Double) v.get(1)).isCloseTo(10.0, within(1e-9));
    assertThat((Double) v.get(2)).isCloseTo(100.0, within(1e-9));
    assertThat(v.get(3)).isEqualTo(1000.0);
    List<Object> ratios = values(new MatrixOption.Geomspace(3L, 48L, 5));
    for (int i = 1; i < ratios.size(); i++) {
      assertThat((Double) ratios.get(i) / (Double) ratios.get(i - 1)).isCloseTo(2.0, within(1e-9));
    }
  }

  @Test
  void geomspaceHandlesNegativeRangesAndRejectsZeroOrSignChange() {
    List<Object> v = values(new MatrixOption.Geomspace(-1L, -100L, 3));
    assertThat(v.get(0)).isEqualTo(-1.0);
    assertThat((Double) v.get(1)).isCloseTo(-10.0, within(1e-9));
    assertThat(v.get(2)).isEqualTo(-100.0);
    assertThatThrownBy(() -> Axes.of(new MatrixOption.Geomspace(0L, 10L, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Axes.of(new MatrixOption.Geomspace(-1L, 10L, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void distributionsAreNotDiscrete() {
    assertThatThrownBy(() -> Axes.of(new MatrixOption.Uniform(0, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uniform");
  }

  @Test
  void hugeIntegerRangeIsNotMaterialised() {
    DiscreteAxis axis = Axes.of(new MatrixOption.Range(0L, 4_000_000_000_000L, 2L));
    assertThat(axis.size()).isEqualTo(2_000_000_000_000L);
    assertThat(axis.value(1_000_000_000_000L)).isEqualTo(2_000_000_000_000L);
    assertThatThrownBy(() -> axis.value(axis.size())).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
