package io.tapeflow.jobs.mapping;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;

import java.util.List;
import java.util.stream.Collectors;

/** The registry of tapeflow datasets (CONTRACT section 2): name to schema, converters, partition day, Mongo mapping. */
public final class Datasets {
    // Plain columns: timestamps, ids and sequence numbers are (nearly) unique per row, so a dictionary for them only
    // costs hashing per value until parquet-mr gives up on it; their Parquet files are the same shape either way.
    public static final DatasetSpec<Trade> TRADES = new DatasetSpec<>("trades", Trade.class, TradeMapping.SCHEMA,
            TradeMapping::toAvro, TradeMapping::day, null, null)
            .withPlainColumns("sip_ts", "participant_ts", "trf_ts", "trade_id", "sequence").asRawFirehose();
    public static final DatasetSpec<Quote> QUOTES = new DatasetSpec<>("quotes", Quote.class, QuoteMapping.SCHEMA,
            QuoteMapping::toAvro, QuoteMapping::day, null, null)
            .withPlainColumns("sip_ts", "participant_ts", "sequence").asRawFirehose();
    public static final DatasetSpec<Luld> LULD = new DatasetSpec<>("luld", Luld.class, LuldMapping.SCHEMA,
            LuldMapping::toAvro, LuldMapping::day, null, null).asRawFirehose();
    public static final DatasetSpec<Bar> BARS = new DatasetSpec<>("bars", Bar.class, BarMapping.SCHEMA,
            BarMapping::toAvro, BarMapping::day, BarMapping::toBson, BarMapping::id);
    public static final DatasetSpec<Halt> HALTS = new DatasetSpec<>("halts", Halt.class, HaltMapping.SCHEMA,
            HaltMapping::toAvro, HaltMapping::day, HaltMapping::toBson, HaltMapping::id);
    public static final DatasetSpec<News> NEWS = new DatasetSpec<>("news", News.class, NewsMapping.SCHEMA,
            NewsMapping::toAvro, NewsMapping::day, NewsMapping::toBson, NewsMapping::id);
    public static final DatasetSpec<TickerDetails> TICKERS = new DatasetSpec<>("tickers", TickerDetails.class,
            TickerMapping.SCHEMA, TickerMapping::toAvro, TickerMapping::day, TickerMapping::toBson, TickerMapping::id);
    public static final DatasetSpec<Gap> GAPS = new DatasetSpec<>("gaps", Gap.class, GapMapping.SCHEMA,
            GapMapping::toAvro, GapMapping::day, GapMapping::toBson, GapMapping::id);
    public static final DatasetSpec<Reject> REJECTS = new DatasetSpec<>("rejects", Reject.class, RejectMapping.SCHEMA,
            RejectMapping::toAvro, RejectMapping::day, RejectMapping::toBson, RejectMapping::id);

    private static final List<DatasetSpec<?>> ALL =
            List.of(TRADES, QUOTES, LULD, BARS, HALTS, NEWS, TICKERS, GAPS, REJECTS);

    private Datasets() {}

    public static List<DatasetSpec<?>> all() {
        return ALL;
    }

    /** The dataset called {@code name}; fails with the list of valid names (for {@code --datasets} options). */
    public static DatasetSpec<?> byName(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown dataset '" + name + "'; known: "
                        + ALL.stream().map(DatasetSpec::name).collect(Collectors.joining(", "))));
    }
}
