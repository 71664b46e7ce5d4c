package org.polyaxon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void columnsArePaddedToTheWidestCellWithoutTrailingBlanks() {
    Table table =
        new Table(List.of("ID", "NAME", "STATUS"))
            .row(List.of("1", "a-long-name", "running"))
            .row(List.of("12", "b", ""));
    assertThat(table.lines())
        .containsExactly("ID  NAME         STATUS", "1   a-long-name  running", "12  b");
  }

  @Test
  void stylesApplyAfterPaddingSoColoursKeepTheAlignment() {
    Table table =
        new Table(List.of("STATUS", "ID"))
            .style(0, s -> "<" + s + ">")
            .row(List.of("ok", "1"))
            .row(List.of("failed", "2"));
    assertThat(table.lines()).containsExactly("STATUS  ID", "<ok    >  1", "<failed>  2");
  }

  @Test
  void newlinesAndNullsInCellsDoNotBreakRows() {
    Table table = new Table(List.of("A", "B")).row(java.util.Arrays.asList("x\ny", null));
    assertThat(table.lines()).containsExactly("A    B", "x y");
  }

  @Test
  void aRowOfTheWrongWidthIsABug() {
    assertThatThrownBy(() -> new Table(List.of("A")).row(List.of("1", "2")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonValuesBecomeCells() throws Exception {
    var json =
        ApiClient.JSON.readTree("{\"tags\": [\"a\", \"b\"], \"d\": {\"lr\": 0.1}, \"n\": null}");
    assertThat(Output.text(json.get("tags"))).isEqualTo("a,b");
    assertThat(Output.text(json.get("d"))).isEqualTo("lr=0.1");
    assertThat(Output.text(json.get("n"))).isEmpty();
  }
}
