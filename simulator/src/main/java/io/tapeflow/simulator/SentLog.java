package io.tapeflow.simulator;

import io.tapeflow.simulator.wire.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulator wrote to one connection, event by event (ev, ticker, q, wire timestamp), so tests can
 * prove delivery. Single writer (the publisher thread), any number of readers: entries live in fixed chunks
 * that are never reallocated and become visible through a volatile size.
 */
public final class SentLog {
  /** One logged data event. {@code ev} is the channel name ("T", "Q", "A", "AM", "LULD"). */
  public record Entry(String ev, String ticker, long seq, long time) {}

  private static final int CHUNK = 1 << 14;

  private final int connectionIndex;
  private final int limit;
  private volatile boolean truncated;
  private final List<Object[]> tickerChunks = new ArrayList<>();
  private final List<long[]> seqChunks = new ArrayList<>();
  private final List<long[]> timeChunks = new ArrayList<>();
  private final List<byte[]> evChunks = new ArrayList<>();
  private volatile int size;
  private Object[] curTickers;
  private long[] curSeqs;
  private long[] curTimes;
  private byte[] curEvs;

  SentLog(int connectionIndex, int limit) {
    this.connectionIndex = connectionIndex;
    this.limit = limit;
  }

  /** True when the log reached its entry limit and stopped recording (long runs keep memory bounded). */
  public boolean truncated() {
    return truncated;
  }

  public int connectionIndex() {
    return connectionIndex;
  }

  /** Appends one sent event; publisher thread only (no lock except once per chunk). */
  void append(Channel channel, String ticker, long seq, long time) {
    int n = size;
    if (n >= limit) {
      truncated = true;
      return;
    }
    int offset = n % CHUNK;
    if (offset == 0) {
      curTickers = new Object[CHUNK];
      curSeqs = new long[CHUNK];
      curTimes = new long[CHUNK];
      curEvs = new byte[CHUNK];
      synchronized (this) {
        tickerChunks.add(curTickers);
        seqChunks.add(curSeqs);
        timeChunks.add(curTimes);
        evChunks.add(curEvs);
      }
    }
    curTickers[offset] = ticker;
    curSeqs[offset] = seq;
    curTimes[offset] = time;
    curEvs[offset] = (byte) channel.ordinal();
    size = n + 1;
  }

  public int size() {
    return size;
  }

  /** A copy of the entries written so far. */
  public List<Entry> entries() {
    int n = size;
    List<Entry> out = new ArrayList<>(n);
    Channel[] channels = Channel.values();
    synchronized (this) {
      for (int i = 0; i < n; i++) {
        int c = i / CHUNK;
        int o = i % CHUNK;
        out.add(new Entry(channels[evChunks.get(c)[o]].prefix(), (String) tickerChunks.get(c)[o],
            seqChunks.get(c)[o], timeChunks.get(c)[o]));
      }
    }
    return out;
  }
}
