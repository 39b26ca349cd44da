package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One ticker's whole simulated day, generated alone (identical to its share of the full market): every
 * event is handed to a consumer, and the final minute bars (re-sent bars replace earlier versions) are kept.
 */
public final class TickerDay {
  private final TreeMap<Long, Bar> minuteBars = new TreeMap<>();

  private TickerDay() {}

  public static TickerDay generate(MarketPlan plan, TickerProfile p, Consumer<SimEvent> sink) {
    TickerDay day = new TickerDay();
    MarketGenerator gen = new MarketGenerator(plan, List.of(p));
    SimEvent ev;
    while ((ev = gen.next()) != null) {
      if (ev.channel == Channel.AM) {
        Bar b = (Bar) ev.data;
        day.minuteBars.put(b.startMs(), b);
      }
      sink.accept(ev);
    }
    return day;
  }

  /** Final minute bars in window order. */
  public Collection<Bar> minuteBars() {
    return minuteBars.values();
  }
}
