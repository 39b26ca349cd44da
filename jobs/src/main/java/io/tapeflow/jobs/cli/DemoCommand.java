package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.demo.DemoReport;
import io.tapeflow.jobs.demo.FeedEndWatch;
import io.tapeflow.jobs.demo.HaltFeed;
import io.tapeflow.jobs.demo.StatusLine;
import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.jobs.runtime.LocalJobRunner;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code demo}: everything embedded — the simulator's scripted session, an embedded MongoDB-compatible server and the
 * live job — with a live status line and a final summary read back from the outputs.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the live job against the simulator for one simulated session; nothing to install.")
public class DemoCommand implements Callable<Integer> {
    @Option(names = "--duration", defaultValue = "PT3M",
            description = "Wall-clock length of the simulated session, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--speed", description = "Market seconds per wall second (default: derived from --duration).")
    Double speed;

    @Option(names = "--tickers", defaultValue = "20", description = "Tickers in the simulated market (default: ${DEFAULT-VALUE}).")
    int tickers;

    @Option(names = "--seed", defaultValue = "7", description = "Scenario seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (tickers < 8) {
            throw new TapeflowException("--tickers must be at least 8 (the demo scripts halts on several names)");
        }
        ScenarioSpec scenario = ScenarioSpec.demo(seed, tickers);
        ZoneId ny = ZoneId.of("America/New_York");
        long startNs = scenario.date().atTime(scenario.start()).atZone(ny).toEpochSecond() * 1_000_000_000L;
        long endNs = scenario.date().atTime(scenario.end()).atZone(ny).toEpochSecond() * 1_000_000_000L;
        double marketSeconds = (endNs - startNs) / 1e9;
        double pace = speed != null ? speed : marketSeconds / Math.max(1, duration.toSeconds());
        if (pace <= 0) {
            throw new TapeflowException("--speed must be positive");
        }

        try (JobOutputs outputs = JobOutputs.open(common);
                PolygonSimulator sim = PolygonSimulator.builder().port(0).scenario(scenario).speed(pace).sentLog(false).start()) {
            System.err.printf("tapeflow: simulator at %s (session %s %s-%s ET, %d tickers, %.0fx)%n", sim.wsUrl(),
                    scenario.date(), scenario.start(), scenario.end(), tickers, pace);
            if (common.webUiPort > 0) {
                System.err.println("tapeflow: Flink web UI at http://127.0.0.1:" + common.webUiPort);
            }
            LiveSpec live = new LiveSpec();
            live.wsUrl = sim.wsUrl();
            live.restUrl = sim.restUrl();
            live.apiKeyEnv = null;
            live.fixedApiKey = ApiKeys.SIMULATOR_KEY;
            live.untilNs = endNs;
            live.newsFromMs = startNs / 1_000_000L - 3_600_000L; // the simulated day's news, not today's
            StreamExecutionEnvironment env = FlinkEnvironments.create(common);
            LiveJob.define(env, live, outputs.sinks());
            HaltFeed halts = outputs.mongoUri() == null ? null
                    : new HaltFeed(outputs.mongoUri(), outputs.mongoDb(), System.err);
            StatusLine status = new StatusLine(System.err, () -> halts == null ? 0 : halts.poll());
            FeedEndWatch feedEnd = new FeedEndWatch(sim, common.dataDir.resolve("savepoints"));
            try {
                LocalJobRunner.runToCompletion(env, "tapeflow demo", common.dataDir.resolve("savepoints"),
                        client -> {
                            status.tick(client);
                            feedEnd.tick(client);
                        });
            } finally {
                status.finish();
                if (halts != null) {
                    halts.close();
                }
            }
            DemoReport.print(System.out, outputs.mongoUri(), outputs.mongoDb(), outputs.parquetDir());
        }
        return 0;
    }
}
