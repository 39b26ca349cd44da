package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.FrameEncoder;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One ticker's market, deterministic from (seed, ticker index): Poisson trades and quotes around a random
 * walk in cents, per-second/per-minute bars built from its own trades, LULD bands computed from them, and an
 * optional scripted halt. {@link #nextNs()} is the time of its next action; {@link #step} performs it.
 */
final class TickerSim {
  private static final long SEC = 1_000_000_000L;
  private static final long NEVER = Long.MAX_VALUE;
  private static final int[] VENUES = {1, 2, 3, 7, 8, 10, 11, 12, 12, 15, 17, 18, 19, 21};
  private static final int[] NONE = {};

  final TickerProfile p;
  final SessionClock clock;
  final SplittableRandom rnd;
  final boolean extendedHours;
  final MarketState m;
  final LuldState luld;
  final DayStats day = new DayStats();
  private final BarAccumulator second = new BarAccumulator(false);
  private final BarAccumulator minute = new BarAccumulator(true);
  private final LateBars late;
  ScriptRunner script;
  /** {@link #nextNs()} when last queued: the merge queue's key, cached so comparisons stay cheap. */
  long queuedAt;

  long nextTradeNs;
  long nextQuoteNs;
  private long openPrintNs;
  private long closePrintNs;
  private long nextLuldNs;

  TickerSim(TickerProfile p, SessionClock clock, long seed, boolean extendedHours, double resendRate) {
    this.p = p;
    this.clock = clock;
    this.rnd = new SplittableRandom(seed * 1_000_003L + p.index());
    this.extendedHours = extendedHours;
    this.m = new MarketState(p, rnd);
    this.luld = new LuldState(p.tier(), p.startCents());
    this.late = new LateBars(resendRate);
    nextTradeNs = nextTime(clock.startNs, p.tradesPerSecond());
    nextQuoteNs = nextTime(clock.startNs, p.quotesPerSecond());
    openPrintNs = clock.openNs >= clock.startNs && clock.openNs < clock.endNs
        ? clock.openNs + rnd.nextLong(5_000_000, 900_000_000L) : NEVER;
    closePrintNs = clock.closeNs >= clock.startNs && clock.closeNs < clock.endNs
        ? clock.closeNs + rnd.nextLong(1_000_000, 500_000_000L) : NEVER;
    long firstLuld = Math.max(clock.openNs, clock.startNs);
    nextLuldNs = firstLuld + Math.floorMod(-(firstLuld - clock.openNs), 30 * SEC) + 30 * SEC;
    if (clock.startNs > clock.openNs && clock.startNs < clock.closeNs) {
      // Started mid-session: bands exist already; publish them at the first instant.
      nextLuldNs = clock.startNs;
    }
  }

  long nextNs() {
    long n = Math.min(nextTradeNs, nextQuoteNs);
    n = Math.min(n, Math.min(openPrintNs, closePrintNs));
    n = Math.min(n, nextLuldNs);
    n = Math.min(n, barFlushNs());
    n = Math.min(n, late.nextNs());
    if (script != null) {
      n = Math.min(n, script.nextNs());
    }
    return n >= clock.endNs ? NEVER : n;
  }

  private long barFlushNs() {
    long s = second.isOpen() ? second.endMs() * 1_000_000L : NEVER;
    long mm = minute.isOpen() ? minute.endMs() * 1_000_000L : NEVER;
    return Math.min(s, mm);
  }

  /** Performs the action due at {@link #nextNs()}, appending the events it produces. */
  void step(List<SimEvent> out) {
    long now = nextNs();
    if (second.isOpen() && second.endMs() * 1_000_000L == now) {
      emitBar(second, out, now);
    } else if (minute.isOpen() && minute.endMs() * 1_000_000L == now) {
      Bar bar = emitBar(minute, out, now);
      late.minuteEmitted(minute, bar, now, rnd, p.tradesPerSecond());
    } else if (late.nextNs() == now) {
      late.emit(this, out, now);
    } else if (script != null && script.nextNs() == now) {
      script.step(this, out, now);
    } else if (openPrintNs == now) {
      openPrintNs = NEVER;
      Trade t = m.auctionTrade(now, new int[] {25}, 100L * (10 + rnd.nextInt(200)));
      record(t, out);
      day.officialOpenCents = t.priceCents();
      luld.resetTo(t.priceCents());
      publishLuld(out, now, p.tape() == 3 ? 14 : 21);
    } else if (closePrintNs == now) {
      closePrintNs = NEVER;
      record(m.auctionTrade(now, new int[] {8}, 100L * (20 + rnd.nextInt(400))), out);
    } else if (nextLuldNs == now) {
      nextLuldNs = now + 30 * SEC >= clock.closeNs ? NEVER : now + 30 * SEC;
      boolean halted = script != null && script.suppressesBands(now);
      if (!halted && luld.recalc(now, clock.wallTime(now))) {
        publishLuld(out, now, p.tape() == 3 ? 15 : 21);
      }
    } else if (nextQuoteNs == now) {
      nextQuoteNs = nextTime(now, p.quotesPerSecond());
      if (script == null || script.allowsQuote(now)) {
        out.add(FrameEncoder.quote(m.quote(this, now, 0)));
      }
    } else {
      nextTradeNs = nextTime(now, p.tradesPerSecond());
      // Regular-session trading starts with the opening print.
      boolean beforeOpenPrint = clock.isRegular(now) && openPrintNs != NEVER;
      if (!beforeOpenPrint && (script == null || script.allowsTrade(now))) {
        record(m.randomTrade(this, now), out);
      }
    }
  }

  /** Sends a trade and folds it into bars, day totals and the LULD reference. */
  void record(Trade t, List<SimEvent> out) {
    out.add(FrameEncoder.trade(t));
    long ms = t.sipNs() / 1_000_000L;
    for (BarAccumulator acc : new BarAccumulator[] {second, minute}) {
      if (!acc.isOpen()) {
        acc.open(ms);
      }
      acc.add(t);
    }
    day.add(t);
    if (clock.isRegular(t.sipNs()) && ConditionRules.updatesLast(t.conditions())) {
      luld.addEligible(t.sipNs(), t.priceCents());
    }
  }

  void publishLuld(List<SimEvent> out, long now, int indicator) {
    luld.updateBands(clock.wallTime(now));
    publishLuld(out, now, new int[] {indicator});
  }

  void publishLuld(List<SimEvent> out, long now, int[] indicators) {
    out.add(FrameEncoder.luld(new LuldBand(p.ticker(), luld.upperCents, luld.lowerCents, indicators, p.tape(),
        now + rnd.nextInt(1000), m.nextLuldSeq())));
  }

  private Bar emitBar(BarAccumulator acc, List<SimEvent> out, long now) {
    Bar bar = acc.toBar(p.ticker(), day);
    if (bar != null) {
      out.add(FrameEncoder.bar(bar));
    }
    acc.startMs = Long.MIN_VALUE;
    return bar;
  }

  /**
   * The next arrival after {@code now} for a Poisson process whose rate depends on the session phase; an
   * arrival drawn across the open or the close is redrawn from that boundary at the new phase's rate.
   */
  long nextTime(long now, double regularRate) {
    long t = now;
    for (int guard = 0; guard < 4; guard++) {
      double rate = clock.isRegular(t) ? regularRate : extendedHours ? regularRate * 0.04 : 0;
      long boundary = t < clock.openNs ? clock.openNs : t < clock.closeNs ? clock.closeNs : NEVER;
      if (rate <= 0) {
        if (boundary == NEVER || boundary == clock.closeNs) {
          return NEVER;
        }
        t = boundary;
        continue;
      }
      long next = t + 1 + (long) (-Math.log(1.0 - rnd.nextDouble()) / rate * SEC);
      if (next < boundary) {
        return next;
      }
      if (boundary == NEVER) {
        return next;
      }
      t = boundary;
    }
    return NEVER;
  }

  static int[] none() {
    return NONE;
  }

  static int venue(SplittableRandom rnd) {
    return VENUES[rnd.nextInt(VENUES.length)];
  }
}
