package io.tapeflow.simulator.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The simulated trading day: session boundaries in epoch ns and the Eastern wall-clock time of an instant. */
public final class SessionClock {
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  public final LocalDate date;
  public final long openNs;
  public final long closeNs;
  public final long startNs;
  public final long endNs;

  public SessionClock(LocalDate date, LocalTime start, LocalTime end) {
    this.date = date;
    this.openNs = ns(LocalTime.of(9, 30));
    this.closeNs = ns(LocalTime.of(16, 0));
    this.startNs = ns(start);
    this.endNs = ns(end);
  }

  /** Epoch ns of an Eastern wall-clock time on this day. */
  public long ns(LocalTime t) {
    Instant i = date.atTime(t).atZone(NEW_YORK).toInstant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  public LocalTime wallTime(long ns) {
    return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L))
        .atZone(NEW_YORK).toLocalTime();
  }

  public boolean isRegular(long ns) {
    return ns >= openNs && ns < closeNs;
  }
}
