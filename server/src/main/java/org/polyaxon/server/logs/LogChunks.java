package org.polyaxon.server.logs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts bytes read from a log file into whole lines. A line is only complete once its line feed is
 * there: bytes after the last line feed are left for the next read (the writer may be in the middle
 * of them), unless the log has ended or they fill a whole chunk (a line longer than a chunk is sent
 * in chunk-sized pieces, so that a follower never holds more than one chunk).
 */
final class LogChunks {
  private LogChunks() {}

  /**
   * @param bytes what was read; {@code length} bytes from index 0 are valid
   * @param startOffset the file offset of {@code bytes[0]}
   * @param endOfLog true when nothing more will be written: a last partial line is a line
   */
  static List<LogLine> split(byte[] bytes, int length, long startOffset, boolean endOfLog) {
    List<LogLine> lines = new ArrayList<>();
    int lineStart = 0;
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n') {
        lines.add(line(bytes, lineStart, i, startOffset + i + 1));
        lineStart = i + 1;
      }
    }
    boolean chunkIsOneLongLine = lineStart == 0 && length == bytes.length && length > 0;
    if (lineStart < length && (endOfLog || chunkIsOneLongLine)) {
      lines.add(line(bytes, lineStart, length, startOffset + length));
    }
    return lines;
  }

  private static LogLine line(byte[] bytes, int from, int to, long endOffset) {
    int end = to > from && bytes[to - 1] == '\r' ? to - 1 : to;
    return new LogLine(new String(bytes, from, end - from, StandardCharsets.UTF_8), endOffset);
  }
}
