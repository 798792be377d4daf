package io.compliancescorecard.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** Aligned plain-text columns, the header bold when colour is on. */
final class TableLayout {

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private static final int MAX_CELL = 60;

  private TableLayout() {}

  static void print(PrintWriter out, List<String> headers, List<List<String>> rows, boolean color) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], clip(row.get(i)).length());
      }
    }
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      pad(header, headers.get(i), widths[i], i == widths.length - 1);
    }
    out.println(color ? BOLD + header + RESET : header.toString());
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        pad(line, clip(row.get(i)), widths[i], i == widths.length - 1);
      }
      out.println(line);
    }
  }

  /** Long cells are cut so one wide value cannot push every other column off screen. */
  private static String clip(String cell) {
    String single = cell.replace('\n', ' ');
    return single.length() <= MAX_CELL ? single : single.substring(0, MAX_CELL - 3) + "...";
  }

  private static void pad(StringBuilder line, String cell, int width, boolean last) {
    line.append(cell);
    if (!last) {
      line.append(" ".repeat(width - cell.length() + 2));
    }
  }
}
