package io.tapeflow.simulator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.simulator.EventSource;
import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.SimEvent;
import io.tapeflow.simulator.wire.VerbatimFrame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Replays a recorded session (CONTRACT.md 3, one server frame per line) as verbatim frames paced by the
 * timestamps inside them. Handshake artefacts (connected, auth_success, subscription acks) are skipped: the
 * live handshake replaces them. Time never goes backwards: a frame older than its predecessor is sent at once.
 */
public final class JsonlReplayer implements EventSource, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HANDSHAKE = Set.of("connected", "auth_success", "success");

  private final BufferedReader reader;
  private long lastMs = Long.MIN_VALUE;
  private int lineNumber;

  private JsonlReplayer(BufferedReader reader) {
    this.reader = reader;
  }

  public static JsonlReplayer open(Path file) throws IOException {
    return new JsonlReplayer(Files.newBufferedReader(file, StandardCharsets.UTF_8));
  }

  @Override
  public SimEvent next() {
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        SimEvent ev = toEvent(line);
        if (ev != null) {
          return ev;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("replay read failed at line " + lineNumber, e);
    }
  }

  /** The frame as a verbatim event, or null when it is a handshake artefact. */
  SimEvent toEvent(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (IOException e) {
      node = null;
    }
    int n = node != null && node.isArray() ? node.size() : 0;
    Channel[] channels = new Channel[n];
    String[] tickers = new String[n];
    long[] seqs = new long[n];
    long[] times = new long[n];
    long frameMs = Long.MIN_VALUE;
    boolean allHandshake = n > 0;
    for (int i = 0; i < n; i++) {
      JsonNode e = node.get(i);
      String ev = e.path("ev").asText("");
      allHandshake &= ev.equals("status") && HANDSHAKE.contains(e.path("status").asText(""));
      channels[i] = Channel.ofPrefix(ev);
      tickers[i] = e.has("sym") ? e.path("sym").asText() : e.path("T").asText(null);
      seqs[i] = e.path("q").asLong(0);
      times[i] = e.has("t") ? e.path("t").asLong() : e.path("s").asLong(0);
      long ms = toMillis(e.has("e") ? e.path("e").asLong() : times[i]);
      frameMs = Math.max(frameMs, ms);
      if (channels[i] != null && tickers[i] == null) {
        channels[i] = null;
      }
    }
    if (allHandshake) {
      return null;
    }
    if (frameMs == Long.MIN_VALUE || frameMs <= 0) {
      frameMs = lastMs == Long.MIN_VALUE ? 0 : lastMs;
    }
    lastMs = Math.max(lastMs, frameMs);
    return new SimEvent(null, null, lastMs, 0, 0, line.getBytes(StandardCharsets.UTF_8),
        new VerbatimFrame(channels, tickers, seqs, times));
  }

  /** Magnitude rule of PROTOCOL.md 2.7: ns, us, ms or s to ms. */
  static long toMillis(long t) {
    if (t >= 1_000_000_000_000_000_000L) {
      return t / 1_000_000L;
    } else if (t >= 1_000_000_000_000_000L) {
      return t / 1_000L;
    } else if (t >= 1_000_000_000_000L) {
      return t;
    }
    return t * 1000L;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
