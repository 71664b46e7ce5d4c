package org.polyaxon.spec.search.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.polyaxon.spec.matrix.MatrixOption;

class GridSpaceTest {

  /** Seven parameters of ten values each: 10^7 points. */
  static Map<String, MatrixOption> tenMillionPoints() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    for (int i = 0; i < 7; i++) {
      matrix.put("p" + i, new MatrixOption.Range(0L, 10L, 1L));
    }
    return matrix;
  }

  @Test
  void lastParameterVariesFastest() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("lr", new MatrixOption.Values(List.of(0.1, 0.01)));
    matrix.put("opt", new MatrixOption.Values(List.of("adam", "sgd", "rms")));
    GridSpace grid = new GridSpace(matrix);
    assertThat(grid.size()).isEqualTo(6);
    assertThat(grid.point(0)).containsExactly(Map.entry("lr", 0.1), Map.entry("opt", "adam"));
    assertThat(grid.point(1)).containsExactly(Map.entry("lr", 0.1), Map.entry("opt", "sgd"));
    assertThat(grid.point(3)).containsExactly(Map.entry("lr", 0.01), Map.entry("opt", "adam"));
    assertThat(grid.point(5)).containsExactly(Map.entry("lr", 0.01), Map.entry("opt", "rms"));
  }

  @Test
  void tenMillionPointGridDecodesAnyIndexDirectly() {
    GridSpace grid = new GridSpace(tenMillionPoints());
    assertThat(grid.size()).isEqualTo(10_000_000L);
    // Index 1234567 is the digits 1,2,3,4,5,6,7 because every radix is 10.
    assertThat(grid.point(1_234_567L).values()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(grid.point(9_999_999L).values()).containsOnly(9L);
    assertThatThrownBy(() -> grid.point(10_000_000L)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void sizeIsALongBeyondIntRange() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("a", new MatrixOption.Range(0L, 100_000L, 1L));
    matrix.put("b", new MatrixOption.Range(0L, 100_000L, 1L));
    GridSpace grid = new GridSpace(matrix);
    assertThat(grid.size()).isEqualTo(10_000_000_000L);
    assertThat(grid.point(5_000_000_001L))
        .containsExactly(Map.entry("a", 50_000L), Map.entry("b", 1L));
  }

  @Test
  void overflowingGridIsRejected() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    for (int i = 0; i < 4; i++) {
      matrix.put("p" + i, new MatrixOption.Range(0L, 1_000_000L, 1L));
    }
    assertThatThrownBy(() -> new GridSpace(matrix)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyAxisMakesAnEmptyGrid() {
    Map<String, MatrixOption> matrix = new LinkedHashMap<>();
    matrix.put("a", new MatrixOption.Range(0L, 10L, 1L));
    matrix.put("b", new MatrixOption.Range(0L, 0L, 1L));
    assertThat(new GridSpace(matrix).size()).isZero();
  }
}
