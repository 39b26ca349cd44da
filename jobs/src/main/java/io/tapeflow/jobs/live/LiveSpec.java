package io.tapeflow.jobs.live;

import io.tapeflow.jobs.pipeline.PipelineSettings;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

/** What a live run connects to and subscribes; the command line fills it, and so do {@code demo} and tests. */
public class LiveSpec {
    public String wsUrl = "wss://socket.massive.com/stocks";
    public String restUrl = "https://api.massive.com";
    /** The environment variable holding the API key on the TaskManagers; null means {@link #fixedApiKey}. */
    public String apiKeyEnv = "POLYGON_API_KEY";
    /** A non-secret key (the simulator's), used only when {@link #apiKeyEnv} is null. */
    public String fixedApiKey;
    public String[] tickers = {"*"};
    public Path tickersFile;
    public String[] channels = {"T", "Q", "AM", "LULD"};
    /** End the job once the feed's event time passes this (epoch ns); 0 = run until cancelled. */
    public long untilNs;
    public PipelineSettings pipeline = new PipelineSettings();
    /** News published from here on (epoch ms) is polled; 0 = {@link #newsLookback} before the start. */
    public long newsFromMs;
    /** How far back news polling starts when {@link #newsFromMs} is 0 (news before a halt explains it). */
    public Duration newsLookback = Duration.ofHours(1);
    /** News poll period. */
    public Duration newsPollEvery = Duration.ofSeconds(30);
    /** Catch-up flat files before the live feed (one HybridSource); null with {@link #catchUpFrom} = REST history. */
    public FlatFileStore catchUpStore;
    /** The one flat-file dataset the history reads (see {@link CatchUp} for why only one). */
    public FlatFileDataset catchUpDataset = FlatFileDataset.STOCKS_TRADES;
    /** First catch-up day; null = live only. History comes from {@link #catchUpStore}, or REST minute aggregates. */
    public LocalDate catchUpFrom;
    /** Last history day, inclusive (the CLI defaults it to yesterday in New York). */
    public LocalDate catchUpTo;

    public LiveSpec() {}
}
