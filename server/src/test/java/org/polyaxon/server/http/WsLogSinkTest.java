package org.polyaxon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.junit.jupiter.api.Test;
import org.polyaxon.core.status.Status;
import org.polyaxon.server.logs.LogLine;

/** The WebSocket sink's bound on unsent bytes, against a session whose sends stay pending. */
class WsLogSinkTest {
  private final List<Callback> pending = new ArrayList<>();
  private final List<String> sent = new ArrayList<>();
  private final List<String> closes = new ArrayList<>();
  private final Session session =
      (Session)
          Proxy.newProxyInstance(
              Session.class.getClassLoader(),
              new Class<?>[] {Session.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "sendText" -> {
                      sent.add((String) args[0]);
                      pending.add((Callback) args[1]);
                      yield null;
                    }
                    case "close" -> {
                      closes.add(args[0] + " " + args[1]);
                      yield null;
                    }
                    case "isOpen" -> closes.isEmpty();
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
  private final WsLogSink sink = new WsLogSink(session);
  private final AtomicInteger resumed = new AtomicInteger();

  @Test
  void stopsAcceptingAtTheHighWaterMarkAndResumesOnceUnderTheLowOne() {
    sink.attach(resumed::incrementAndGet);
    String kib = "x".repeat(1024);
    int lines = 0;
    while (sink.ready()) {
      sink.line(new LogLine(kib, ++lines * 1025L));
    }
    assertThat(lines).isEqualTo((int) (WsLogSink.HIGH_WATER / 1024));

    int toLowWater = (int) ((WsLogSink.HIGH_WATER - WsLogSink.LOW_WATER) / 1024);
    for (int i = 0; i < toLowWater; i++) {
      pending.get(i).succeed();
    }
    assertThat(sink.ready()).isTrue();
    assertThat(resumed).hasValue(0);
    pending.get(toLowWater).succeed();
    assertThat(resumed).hasValue(1);
    pending.get(toLowWater + 1).succeed();
    assertThat(resumed).hasValue(1);
  }

  @Test
  void statusesAreFramesWithAPrefixAndTheEndIsACloseWithTheFinalStatus() {
    sink.status(Status.SCHEDULED);
    sink.line(new LogLine("2024-03-01T12:00:00.000Z hello", 31));
    sink.end(Status.FAILED);

    assertThat(sent)
        .containsExactly("[polyaxon] status: scheduled", "2024-03-01T12:00:00.000Z hello");
    assertThat(closes).containsExactly("1000 failed");
    assertThat(sink.closed()).isTrue();
  }

  @Test
  void aFailedSendClosesTheSinkAndWakesItsFollower() {
    sink.attach(resumed::incrementAndGet);
    sink.line(new LogLine("a", 2));

    pending.get(0).fail(new java.io.IOException("reset"));

    assertThat(sink.closed()).isTrue();
    assertThat(resumed).hasValue(1);
  }
}
