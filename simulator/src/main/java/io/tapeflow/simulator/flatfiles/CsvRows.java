package io.tapeflow.simulator.flatfiles;

import io.tapeflow.simulator.scenario.Bar;
import io.tapeflow.simulator.scenario.Quote;
import io.tapeflow.simulator.scenario.Trade;
import io.tapeflow.simulator.wire.Prices;

/** Renders flat-file rows with the exact columns of PROTOCOL.md 5.3 (ns timestamps, quoted comma lists). */
final class CsvRows {
  static final String TRADES_HEADER = "ticker,conditions,correction,exchange,id,participant_timestamp,price,"
      + "sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp";
  static final String QUOTES_HEADER = "ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,bid_size,"
      + "conditions,indicators,participant_timestamp,sequence_number,sip_timestamp,tape,trf_timestamp";
  static final String AGGS_HEADER = "ticker,volume,open,close,high,low,window_start,transactions";

  private CsvRows() {}

  static void trade(StringBuilder sb, Trade t) {
    sb.append(t.ticker()).append(',');
    list(sb, t.conditions());
    sb.append(",0,").append(t.exchange()).append(',').append(t.id()).append(',').append(t.participantNs())
        .append(',');
    Prices.appendCents(sb, t.priceCents()).append(',').append(t.seq()).append(',').append(t.sipNs()).append(',')
        .append(t.size()).append(',').append(t.tape()).append(',').append(t.trfId()).append(',')
        .append(t.trfNs()).append('\n');
  }

  static void quote(StringBuilder sb, Quote q) {
    sb.append(q.ticker()).append(',').append(q.askExchange()).append(',');
    // Sizes in shares here (round lots x 100), as REST /v3/quotes documents them; the WebSocket sends lots.
    Prices.appendCents(sb, q.askCents()).append(',').append(q.askLots() * 100).append(',').append(q.bidExchange())
        .append(',');
    Prices.appendCents(sb, q.bidCents()).append(',').append(q.bidLots() * 100).append(',').append(q.condition())
        .append(',');
    list(sb, q.indicators());
    sb.append(',').append(q.participantNs()).append(',').append(q.seq()).append(',').append(q.sipNs()).append(',')
        .append(q.tape()).append(",0\n");
  }

  static void agg(StringBuilder sb, String ticker, long volume, long o, long c, long h, long l, long windowStartNs,
      long transactions) {
    sb.append(ticker).append(',').append(volume).append(',');
    Prices.appendCents(sb, o).append(',');
    Prices.appendCents(sb, c).append(',');
    Prices.appendCents(sb, h).append(',');
    Prices.appendCents(sb, l).append(',').append(windowStartNs).append(',').append(transactions).append('\n');
  }

  static void minute(StringBuilder sb, Bar b) {
    agg(sb, b.ticker(), b.volume(), b.o(), b.c(), b.h(), b.l(), b.startMs() * 1_000_000L, b.trades());
  }

  /** Empty when none, bare when one, quoted comma list when several. */
  private static void list(StringBuilder sb, int[] values) {
    if (values.length == 1) {
      sb.append(values[0]);
    } else if (values.length > 1) {
      sb.append('"');
      for (int i = 0; i < values.length; i++) {
        sb.append(i == 0 ? "" : ",").append(values[i]);
      }
      sb.append('"');
    }
  }
}
