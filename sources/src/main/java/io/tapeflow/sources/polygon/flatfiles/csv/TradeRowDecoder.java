package io.tapeflow.sources.polygon.flatfiles.csv;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Trade;

/**
 * Decodes {@code trades_v1} rows: {@code ticker,conditions,correction,exchange,id,participant_timestamp,price,
 * sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp} (PROTOCOL.md section 5.3; ns timestamps).
 */
public final class TradeRowDecoder implements RowDecoder {
    private final TickerCache tickers = new TickerCache();

    @Override
    public MarketEvent decode(CsvFields r) throws RowFormatException {
        byte[] b = r.buffer();
        if (r.isEmpty(0)) throw new RowFormatException("ticker is empty");
        Trade t = new Trade();
        t.ticker = tickers.ticker(r, 0);
        t.conditions = Numbers.parseIntList(b, r.start(1), r.end(1), "conditions");
        t.correction = Numbers.parseInt(b, r.start(2), r.end(2), "correction");
        t.exchange = Numbers.parseInt(b, r.start(3), r.end(3), "exchange");
        if (r.isEmpty(4)) throw new RowFormatException("id is empty");
        t.tradeId = r.text(4);
        t.participantTs = Numbers.parseLong(b, r.start(5), r.end(5), "participant_timestamp");
        t.price = Numbers.parseDecimal(b, r.start(6), r.end(6), "price");
        t.sequence = Numbers.parseLong(b, r.start(7), r.end(7), "sequence_number");
        t.sipTs = Numbers.parseLong(b, r.start(8), r.end(8), "sip_timestamp");
        t.size = Numbers.parseDecimal(b, r.start(9), r.end(9), "size");
        t.tape = Numbers.parseInt(b, r.start(10), r.end(10), "tape");
        t.trfId = Numbers.parseInt(b, r.start(11), r.end(11), "trf_id");
        t.trfTs = Numbers.parseLong(b, r.start(12), r.end(12), "trf_timestamp");
        t.origin = ORIGIN;
        return MarketEvent.of(t);
    }
}
