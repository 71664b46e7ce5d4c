package org.polyaxon.server.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogChunksTest {
  private static final int CHUNK = 16;

  private static byte[] chunk(String text) {
    return Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), CHUNK);
  }

  private static int length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void wholeLinesCarryTheOffsetAfterTheirLineFeed() {
    String text = "ab\ncd\n";

    assertThat(LogChunks.split(chunk(text), length(text), 100, false))
        .containsExactly(new LogLine("ab", 103), new LogLine("cd", 106));
  }

  @Test
  void aPartialLineWaitsForItsLineFeedWhileTheLogGoesOn() {
    String text = "ab\npart";

    assertThat(LogChunks.split(chunk(text), length(text), 0, false))
        .containsExactly(new LogLine("ab", 3));
  }

  @Test
  void aLastPartialLineIsSentOnceTheLogHasEnded() {
    String text = "ab\npart";

    assertThat(LogChunks.split(chunk(text), length(text), 0, true))
        .containsExactly(new LogLine("ab", 3), new LogLine("part", 7));
  }

  @Test
  void aLineLongerThanAChunkIsSentInChunkSizedPieces() {
    byte[] full = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    assertThat(LogChunks.split(full, full.length, 32, false))
        .containsExactly(new LogLine("0123456789abcdef", 48));
  }

  @Test
  void aFullChunkEndingInAPartialLineKeepsThePartialLine() {
    byte[] full = "0123\n56789abcdef".getBytes(StandardCharsets.US_ASCII);

    assertThat(LogChunks.split(full, full.length, 0, false))
        .containsExactly(new LogLine("0123", 5));
  }

  @Test
  void aCarriageReturnBeforeTheLineFeedIsDroppedButOffsetsCountIt() {
    String text = "ab\r\n\ncd";

    assertThat(LogChunks.split(chunk(text), length(text), 0, true))
        .containsExactly(new LogLine("ab", 4), new LogLine("", 5), new LogLine("cd", 7));
  }

  @Test
  void offsetsCountBytesNotCharacters() {
    String text = "é€\nx\n";

    assertThat(LogChunks.split(chunk(text), length(text), 0, false))
        .containsExactly(new LogLine("é€", 6), new LogLine("x", 8));
  }

  @Test
  void nothingReadIsNoLine() {
    assertThat(LogChunks.split(new byte[CHUNK], 0, 7, true)).isEmpty();
  }
}
