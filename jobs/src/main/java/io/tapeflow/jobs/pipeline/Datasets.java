package io.tapeflow.jobs.pipeline;

/** The dataset names of CONTRACT section 2: Parquet directories and MongoDB collections. */
public final class Datasets {
    private Datasets() {}

    public static final String TRADES = "trades";
    public static final String QUOTES = "quotes";
    public static final String LULD = "luld";
    public static final String BARS = "bars";
    public static final String HALTS = "halts";
    public static final String NEWS = "news";
    public static final String TICKERS = "tickers";
    public static final String GAPS = "gaps";
    public static final String REJECTS = "rejects";
}
