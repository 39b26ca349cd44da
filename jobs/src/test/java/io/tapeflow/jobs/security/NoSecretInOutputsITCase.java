package io.tapeflow.jobs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.pipeline.SinkOutputs;
import io.tapeflow.sinks.mongo.MongoSinkOptions;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API key never reaches an output: a live run against the simulator with a unique secret key (WebSocket auth,
 * REST news, ticker details and gap repair all send it) leaves no trace of it in any Parquet file, any MongoDB
 * document of any collection, or any log line of the run (all loggers at INFO).
 */
class NoSecretInOutputsITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @Test
    void theApiKeyAppearsInNoParquetFileMongoDocumentOrLogLine(@TempDir Path dir) throws Exception {
        // Given: a secret only this run knows, accepted by the simulator, and a log capture of everything
        String secret = "sk-" + UUID.randomUUID();
        StringWriter log = new StringWriter();
        WriterAppender capture = captureLogs(log);
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        Path parquet = dir.resolve("parquet");
        ScenarioSpec scenario = ScenarioSpec.demo(7, 8).withDate(DAY).withTimes(LocalTime.of(9, 29),
                LocalTime.of(10, 0));
        try (PolygonSimulator sim = PolygonSimulator.builder().port(0).apiKeys(secret).scenario(scenario).speed(120)
                .sentLog(false).start()) {
            LiveSpec spec = new LiveSpec();
            spec.wsUrl = sim.wsUrl();
            spec.restUrl = sim.restUrl();
            spec.apiKeyEnv = null;
            spec.fixedApiKey = secret;
            spec.tickers = new String[] {"*"};
            spec.newsFromMs = DAY.atTime(scenario.start()).atZone(NY).toInstant().toEpochMilli() - 3_600_000L;
            spec.newsPollEvery = Duration.ofMillis(500);
            spec.untilNs = DAY.atTime(LocalTime.of(9, 52)).atZone(NY).toInstant().toEpochMilli() * 1_000_000L;
            Configuration conf = new Configuration();
            conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
            conf.set(PipelineOptions.GENERIC_TYPES, false);
            conf.setString("execution.checkpointing.interval", "2 s");
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
            env.setParallelism(2);
            LiveJob.define(env, spec, new SinkOutputs(parquet.toUri().toString(), ParquetSinkOptions.defaults(), uri,
                    "tapeflow", MongoSinkOptions.defaults()));

            // When: the run ends by itself at --until
            JobClient job = env.executeAsync("no secret in outputs");
            try {
                job.getJobExecutionResult().get(150, TimeUnit.SECONDS);
            } finally {
                if (!job.getJobStatus().get().isGloballyTerminalState()) {
                    job.cancel().get();
                }
            }
        } finally {
            LoggerContext.getContext(false).getConfiguration().getRootLogger().removeAppender(capture.getName());
            capture.stop();
        }

        // Then: the outputs exist (so the search means something) and none holds the key
        List<Path> files;
        try (Stream<Path> walk = Files.walk(parquet)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().contains("/bars/"));
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(secret);
        }
        long documents = 0;
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase("tapeflow");
            for (String collection : db.listCollectionNames()) {
                for (Document d : db.getCollection(collection).find()) {
                    documents++;
                    assertThat(d.toJson()).as(collection).doesNotContain(secret);
                }
            }
        } finally {
            mongo.shutdownNow();
        }
        assertThat(documents).isPositive();
        assertThat(log.toString()).isNotEmpty().contains("Polygon WebSocket").doesNotContain(secret);
    }

    private static WriterAppender captureLogs(StringWriter out) {
        LoggerContext ctx = LoggerContext.getContext(false);
        WriterAppender appender = WriterAppender.newBuilder()
                .setName("secret-capture-" + UUID.randomUUID())
                .setTarget(out)
                .setLayout(PatternLayout.newBuilder().withPattern("%d %-5p %c %m %ex%n").build())
                .build();
        appender.start();
        // INFO everywhere: what an operator's log would hold (the console of this test stays at its own level)
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.INFO, null);
        Configurator.setRootLevel(Level.INFO);
        LogManager.getLogger(NoSecretInOutputsITCase.class).info("log capture on");
        return appender;
    }
}
