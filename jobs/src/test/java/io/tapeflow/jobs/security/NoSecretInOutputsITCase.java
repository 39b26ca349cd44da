package io.tapeflow.jobs.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.testing.PlainAuthMongoBackend;
import io.tapeflow.jobs.cli.CommonOptions;
import io.tapeflow.jobs.cli.JobOutputs;
import io.tapeflow.sinks.mongo.MongoPreflight;
import io.tapeflow.sinks.mongo.MongoUnavailableException;
import io.tapeflow.sinks.mongo.UriRedactor;
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
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.InjectClusterClient;
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
 * No secret reaches an output: a live run against the simulator with a unique secret API key (WebSocket auth, REST
 * news, ticker details and gap repair all send it), writing through the command line's outputs to a MongoDB that
 * requires a login with a unique password in the URI (preflight, indexes and every sink log in with it), leaves no
 * trace of either in any Parquet file, any MongoDB document of any collection, any log line of the run (all loggers
 * at INFO), or any view of the Flink web UI (job, plan, configuration, vertices, JobManager and TaskManagers).
 */
class NoSecretInOutputsITCase {
    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @Test
    void theApiKeyAndTheMongoPasswordAppearInNoParquetFileMongoDocumentLogLineOrWebUiView(@TempDir Path dir,
            @InjectClusterClient RestClusterClient<?> cluster) throws Exception {
        // Given: an API key only this run knows, accepted by the simulator, a MongoDB that only lets in a user with
        // a password only this run knows, and a log capture of everything
        String secret = "sk-" + UUID.randomUUID();
        String password = "pw-" + UUID.randomUUID();
        StringWriter log = new StringWriter();
        WriterAppender capture = captureLogs(log);
        PlainAuthMongoBackend backend = new PlainAuthMongoBackend("tapeflow", password);
        MongoServer mongo = new MongoServer(backend);
        mongo.bind("127.0.0.1", 0);
        String hostPort = "@127.0.0.1:" + mongo.getLocalAddress().getPort() + "/?authMechanism=PLAIN";
        String uri = "mongodb://tapeflow:" + password + hostPort;
        Path parquet = dir.resolve("parquet");
        JobID jobId;
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
            CommonOptions options = new CommonOptions();
            options.parquetDir = parquet.toString();
            options.mongoUri = uri;
            options.mongoDb = "tapeflow";
            options.dataDir = dir;

            // When: the outputs open as the command line opens them (preflight, indexes), and the run ends by
            // itself at --until
            try (JobOutputs outputs = JobOutputs.open(options)) {
                LiveJob.define(env, spec, outputs.sinks());
                JobClient job = env.executeAsync("tapeflow live");
                jobId = job.getJobID();
                try {
                    job.getJobExecutionResult().get(150, TimeUnit.SECONDS);
                } finally {
                    if (!job.getJobStatus().get().isGloballyTerminalState()) {
                        job.cancel().get();
                    }
                }
            }
            // and a wrong password is refused with a message that does not show it
            assertThatThrownBy(() -> MongoPreflight.check("mongodb://tapeflow:wrong-" + password + hostPort))
                    .isInstanceOf(MongoUnavailableException.class).hasMessageContaining("rejected the credentials")
                    .hasMessageNotContaining(password);
        } finally {
            LoggerContext.getContext(false).getConfiguration().getRootLogger().removeAppender(capture.getName());
            capture.stop();
        }

        // Then: MongoDB really required the password, and the sinks logged in with it
        assertThat(backend.logins()).isPositive();
        assertThat(backend.refused()).isPositive();
        // and the outputs exist (so the search means something) and none holds the key or the password
        List<Path> files;
        try (Stream<Path> walk = Files.walk(parquet)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).anyMatch(f -> f.toString().contains("/bars/"));
        for (Path f : files) {
            assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                    .doesNotContain(secret).doesNotContain(password);
        }
        long documents = 0;
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase("tapeflow");
            for (String collection : db.listCollectionNames()) {
                for (Document d : db.getCollection(collection).find()) {
                    documents++;
                    assertThat(d.toJson()).as(collection).doesNotContain(secret).doesNotContain(password);
                }
            }
        } finally {
            mongo.shutdownNow();
        }
        assertThat(documents).isPositive();
        assertThat(log.toString()).isNotEmpty().contains("Polygon WebSocket")
                .contains("mongodb://tapeflow:" + UriRedactor.MASK + "@").doesNotContain(secret)
                .doesNotContain(password);
        // and the web UI shows the job, its operators and its configuration, but neither secret
        String views = new RestViews(cluster.getWebInterfaceURL()).all(jobId);
        assertThat(views).contains("tapeflow live").contains("MongoDB bars").contains("execution-config")
                .doesNotContain(secret).doesNotContain(password);
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
