package io.tapeflow.sources.polygon.flatfiles;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.polygon.flatfiles.csv.AggregateRowDecoder;
import io.tapeflow.sources.polygon.flatfiles.csv.QuoteRowDecoder;
import io.tapeflow.sources.polygon.flatfiles.csv.RowDecoder;
import io.tapeflow.sources.polygon.flatfiles.csv.TradeRowDecoder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The flat-file datasets tapeflow reads: where their keys live and the exact header row each file must start with
 * (PROTOCOL.md section 5.3). Persisted by {@link #name()} in split state, so never rename a constant.
 */
public enum FlatFileDataset {
    STOCKS_TRADES("us_stocks_sip", "trades_v1", "trades",
            "ticker,conditions,correction,exchange,id,participant_timestamp,price,sequence_number,sip_timestamp,"
                    + "size,tape,trf_id,trf_timestamp",
            TradeRowDecoder::new),
    STOCKS_QUOTES("us_stocks_sip", "quotes_v1", "quotes",
            "ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,bid_size,conditions,indicators,"
                    + "participant_timestamp,sequence_number,sip_timestamp,tape,trf_timestamp",
            QuoteRowDecoder::new),
    STOCKS_MINUTE_AGGS("us_stocks_sip", "minute_aggs_v1", "minute_aggs", Headers.AGGS,
            () -> new AggregateRowDecoder(Aggregate.MINUTE)),
    STOCKS_DAY_AGGS("us_stocks_sip", "day_aggs_v1", "day_aggs", Headers.AGGS,
            () -> new AggregateRowDecoder(Aggregate.DAY)),
    OPTIONS_MINUTE_AGGS("us_options_opra", "minute_aggs_v1", "options_minute_aggs", Headers.AGGS,
            () -> new AggregateRowDecoder(Aggregate.MINUTE)),
    OPTIONS_DAY_AGGS("us_options_opra", "day_aggs_v1", "options_day_aggs", Headers.AGGS,
            () -> new AggregateRowDecoder(Aggregate.DAY));

    private final String prefix;
    private final String type;
    private final String cliName;
    private final String header;
    private final int columns;
    private final Supplier<RowDecoder> decoders;

    FlatFileDataset(String prefix, String type, String cliName, String header, Supplier<RowDecoder> decoders) {
        this.prefix = prefix;
        this.type = type;
        this.cliName = cliName;
        this.header = header;
        this.columns = header.split(",", -1).length;
        this.decoders = decoders;
    }

    /** The {@code --datasets} name, e.g. {@code trades}, {@code options_day_aggs}. */
    public String cliName() {
        return cliName;
    }

    /** The exact header row, without line terminator. */
    public String header() {
        return header;
    }

    public int columns() {
        return columns;
    }

    /** A fresh decoder (decoders hold per-thread caches). */
    public RowDecoder newDecoder() {
        return decoders.get();
    }

    /** {@code us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz}. */
    public String key(LocalDate day) {
        return String.format(Locale.ROOT, "%s%04d/%02d/%s.csv.gz", root(), day.getYear(), day.getMonthValue(), day);
    }

    /** The listing prefix of one month: {@code us_stocks_sip/trades_v1/2024/04/}. */
    public String monthPrefix(YearMonth month) {
        return String.format(Locale.ROOT, "%s%04d/%02d/", root(), month.getYear(), month.getMonthValue());
    }

    /** The trading day a key of this dataset is for, or null when the key is not a day file of this dataset. */
    public LocalDate dayOf(String key) {
        if (!key.startsWith(root()) || !key.endsWith(".csv.gz")) return null;
        String name = key.substring(key.lastIndexOf('/') + 1, key.length() - ".csv.gz".length());
        try {
            LocalDate day = LocalDate.parse(name);
            return key.equals(key(day)) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Looks a dataset up by its {@link #cliName()}; unknown names fail with the list of valid ones. */
    public static FlatFileDataset fromCliName(String name) {
        StringBuilder valid = new StringBuilder();
        for (FlatFileDataset d : values()) {
            if (d.cliName.equals(name.trim())) return d;
            valid.append(valid.length() == 0 ? "" : ", ").append(d.cliName);
        }
        throw new IllegalArgumentException("unknown flat-file dataset '" + name + "'; valid: " + valid);
    }

    private String root() {
        return prefix + "/" + type + "/";
    }

    private static final class Headers {
        static final String AGGS = "ticker,volume,open,close,high,low,window_start,transactions";
    }
}
