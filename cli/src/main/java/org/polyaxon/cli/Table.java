package org.polyaxon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table for people: a header row, columns padded to their widest cell and separated by two
 * spaces, no trailing blanks. A column may be styled (coloured) after padding, so escape codes
 * never shift the alignment.
 */
public final class Table {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<UnaryOperator<String>> styles = new ArrayList<>();

  public Table(List<String> headers) {
    this.headers = List.copyOf(headers);
    headers.forEach(h -> styles.add(UnaryOperator.identity()));
  }

  public Table row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.size() + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(cells.stream().map(c -> c == null ? "" : c.replace('\n', ' ')).toList());
    return this;
  }

  /** Styles the cells (not the header) of one column. */
  public Table style(int column, UnaryOperator<String> style) {
    styles.set(column, style);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The rendered lines, the header first. */
  public List<String> lines() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(render(headers, widths, false));
    for (List<String> row : rows) {
      lines.add(render(row, widths, true));
    }
    return lines;
  }

  private String render(List<String> cells, int[] widths, boolean styled) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      boolean last = c == cells.size() - 1;
      String padded = last ? cell : cell + " ".repeat(widths[c] - cell.length());
      line.append(styled ? styles.get(c).apply(padded) : padded);
      if (!last) {
        line.append("  ");
      }
    }
    return line.toString().stripTrailing();
  }
}
