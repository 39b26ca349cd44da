package io.tapeflow.sources.polygon.flatfiles.csv;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;

/**
 * Decodes {@code quotes_v1} rows: {@code ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,bid_size,
 * conditions,indicators,participant_timestamp,sequence_number,sip_timestamp,tape,trf_timestamp}.
 *
 * <p>Sizes are kept as written and flagged {@link Quote#SHARES} (flat files count shares, PROTOCOL.md 2.6);
 * {@code trf_timestamp} has no field in {@link Quote} and is validated but dropped.
 */
public final class QuoteRowDecoder implements RowDecoder {
    private final TickerCache tickers = new TickerCache();

    @Override
    public MarketEvent decode(CsvFields r) throws RowFormatException {
        byte[] b = r.buffer();
        if (r.isEmpty(0)) throw new RowFormatException("ticker is empty");
        Quote q = new Quote();
        q.ticker = tickers.ticker(r, 0);
        q.askExchange = Numbers.parseInt(b, r.start(1), r.end(1), "ask_exchange");
        q.askPrice = Numbers.parseDecimal(b, r.start(2), r.end(2), "ask_price");
        q.askSize = Numbers.parseDecimal(b, r.start(3), r.end(3), "ask_size");
        q.bidExchange = Numbers.parseInt(b, r.start(4), r.end(4), "bid_exchange");
        q.bidPrice = Numbers.parseDecimal(b, r.start(5), r.end(5), "bid_price");
        q.bidSize = Numbers.parseDecimal(b, r.start(6), r.end(6), "bid_size");
        q.conditions = Numbers.parseIntList(b, r.start(7), r.end(7), "conditions");
        q.indicators = Numbers.parseIntList(b, r.start(8), r.end(8), "indicators");
        q.participantTs = Numbers.parseLong(b, r.start(9), r.end(9), "participant_timestamp");
        q.sequence = Numbers.parseLong(b, r.start(10), r.end(10), "sequence_number");
        q.sipTs = Numbers.parseLong(b, r.start(11), r.end(11), "sip_timestamp");
        q.tape = Numbers.parseInt(b, r.start(12), r.end(12), "tape");
        Numbers.parseLong(b, r.start(13), r.end(13), "trf_timestamp");
        q.sizeUnit = Quote.SHARES;
        q.origin = ORIGIN;
        return MarketEvent.of(q);
    }
}
