package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.bench.Bench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: the performance harness; every figure is printed beside a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure live decode->archive throughput, frame-to-record latency and backfill throughput, each",
                "beside a baseline measured in the same run; ends with one JSON line of all figures."})
public class BenchCommand implements Callable<Integer> {
    // 5M, not 2M: short runs swung 240k-420k events/s on a quiet host (JIT timing); 5M runs agreed within 1%
    @Option(names = "--events", defaultValue = "5000000",
            description = "Firehose events for the throughput runs; the first fifth is warm-up (default: "
                    + "${DEFAULT-VALUE}).")
    long events;

    @Option(names = "--latency-rate", defaultValue = "50000",
            description = "Events/s for the latency run (default: ${DEFAULT-VALUE}).")
    int latencyRate;

    @Option(names = "--latency-seconds", defaultValue = "20",
            description = "Length of the latency run (default: ${DEFAULT-VALUE}).")
    int latencySeconds;

    @Option(names = "--backfill-trades", defaultValue = "2000000",
            description = "Trade rows in the backfill benchmark's day (default: ${DEFAULT-VALUE}).")
    long backfillTrades;

    @Option(names = "--backfill-quotes", defaultValue = "2000000",
            description = "Quote rows in the backfill benchmark's day (default: ${DEFAULT-VALUE}).")
    long backfillQuotes;

    @Option(names = "--backfill-tickers", defaultValue = "1000",
            description = "Tickers in the backfill benchmark's day (default: ${DEFAULT-VALUE}).")
    int backfillTickers;

    @Option(names = "--backfill-without-mongo",
            description = "Also time the backfill with --mongo-uri none, to separate the pipeline from the embedded MongoDB.")
    boolean backfillWithoutMongo;

    @Option(names = "--only", split = ",", paramLabel = "live,latency,backfill",
            description = "Run only these parts (default: all).")
    String[] only;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (events < 100_000 || events % 100 != 0) {
            throw new TapeflowException("--events must be a multiple of 100 and at least 100000");
        }
        if (backfillTickers < 1 || backfillTrades < backfillTickers || backfillQuotes < backfillTickers) {
            throw new TapeflowException("--backfill-tickers must be at least 1 and at most --backfill-trades and "
                    + "--backfill-quotes");
        }
        return new Bench(common, events, latencyRate, latencySeconds, only, backfillTrades, backfillQuotes,
                backfillTickers).alsoBackfillWithoutMongo(backfillWithoutMongo).run(System.out);
    }
}
