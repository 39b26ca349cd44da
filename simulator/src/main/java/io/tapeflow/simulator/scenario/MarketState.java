package io.tapeflow.simulator.scenario;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A ticker's price process and message counters: a random walk in cents kept strictly inside the LULD bands
 * (unless a script pins it to a band), realistic trade sizes, venues and condition sets, and NBBO quotes.
 */
final class MarketState {
  private static final int[] TRF_IDS = {201, 202, 203};

  private final TickerProfile p;
  private final SplittableRandom rnd;
  long priceCents;
  /** When non-zero, trades and quotes are pinned to this price (a script holding the NBBO at a band). */
  long pinnedCents;
  /** When non-zero, the walk drifts toward this price (a script running to a band). */
  long targetCents;
  private long tradeSeq;
  private long quoteSeq;
  private long luldSeq;
  private long tradeId;

  MarketState(TickerProfile p, SplittableRandom rnd) {
    this.p = p;
    this.rnd = rnd;
    this.priceCents = p.startCents();
    this.tradeSeq = 1000 + rnd.nextInt(100_000);
    this.quoteSeq = 1000 + rnd.nextInt(100_000);
    this.luldSeq = 100 + rnd.nextInt(10_000);
    this.tradeId = 1 + rnd.nextInt(50_000);
  }

  /** An ordinary trade: next walk step, random size, venue and conditions. */
  Trade randomTrade(TickerSim sim, long ns) {
    step(sim, ns);
    boolean regular = sim.clock.isRegular(ns);
    boolean oddLot = rnd.nextDouble() < 0.3;
    long size = oddLot ? 1 + rnd.nextInt(99) : 100L * (1 + (long) Math.floor(-Math.log(1 - rnd.nextDouble()) * 3));
    double kind = rnd.nextDouble();
    int[] conds;
    if (!regular) {
      conds = oddLot ? new int[] {12, 37} : new int[] {12};
    } else if (kind < 0.12) {
      conds = oddLot ? new int[] {14, 37, 41} : new int[] {14, 41};
    } else if (oddLot) {
      conds = new int[] {37};
    } else {
      conds = TickerSim.none();
    }
    return trade(sim, ns, conds, size);
  }

  /** An auction print (opening, closing, reopening) on the listing exchange at the current price. */
  Trade auctionTrade(long ns, int[] conditions, long size) {
    return trade(ns, conditions, size, p.primaryExchange());
  }

  /** A trade at the current price with the given conditions and size, on a random venue or a TRF. */
  Trade trade(TickerSim sim, long ns, int[] conditions, long size) {
    boolean trf = rnd.nextDouble() < 0.35;
    return trade(ns, conditions, size, trf ? 4 : TickerSim.venue(rnd));
  }

  private Trade trade(long ns, int[] conditions, long size, int exchange) {
    boolean trf = exchange == 4;
    long participant = ns - rnd.nextInt(1, 2_000_000);
    tradeSeq += 1 + rnd.nextInt(4);
    return new Trade(p.ticker(), exchange, Long.toString(tradeId++), p.tape(), priceCents, size,
        Arrays.copyOf(conditions, conditions.length), ns, participant, tradeSeq,
        trf ? TRF_IDS[rnd.nextInt(TRF_IDS.length)] : 0, trf ? participant : 0);
  }

  /** The NBBO around the current price (or pinned at a band), with one quote condition. */
  Quote quote(TickerSim sim, long ns, int condition) {
    long spread = Math.max(1, Math.round(priceCents * (0.0002 + rnd.nextDouble() * 0.001)));
    long bid;
    long ask;
    if (pinnedCents != 0 && pinnedCents == sim.luld.upperCents) {
      bid = pinnedCents;
      ask = pinnedCents + spread;
    } else if (pinnedCents != 0) {
      ask = pinnedCents;
      bid = Math.max(1, pinnedCents - spread);
    } else {
      bid = Math.max(1, priceCents - spread / 2 - rnd.nextInt(2));
      ask = Math.max(bid + 1, bid + spread);
    }
    int[] indicators = rnd.nextDouble() < 0.05 ? new int[] {604} : TickerSim.none();
    quoteSeq += 1 + rnd.nextInt(3);
    return new Quote(p.ticker(), TickerSim.venue(rnd), bid, 1 + rnd.nextInt(20), TickerSim.venue(rnd), ask,
        1 + rnd.nextInt(20), condition, indicators, ns, ns - rnd.nextInt(1, 1_000_000), quoteSeq, p.tape());
  }

  long nextLuldSeq() {
    luldSeq += 1 + rnd.nextInt(50);
    return luldSeq;
  }

  /** One walk step; inside regular hours the price stays strictly between the bands unless pinned. */
  private void step(TickerSim sim, long ns) {
    if (pinnedCents != 0) {
      priceCents = pinnedCents;
      return;
    }
    double drift = 0;
    if (targetCents != 0) {
      drift = (targetCents - priceCents) * 0.08;
    }
    long move = Math.round(priceCents * p.volatility() * gaussian() + drift);
    long next = Math.max(1, priceCents + move);
    if (sim.luld.published && sim.clock.isRegular(ns)) {
      long lo = sim.luld.lowerCents + 1;
      long hi = sim.luld.upperCents - 1;
      next = Math.min(hi, Math.max(lo, next));
    }
    priceCents = next;
  }

  private double gaussian() {
    // Sum of uniforms: deterministic, cheap, close enough to normal for a price walk.
    return rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5;
  }
}
