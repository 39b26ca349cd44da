package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.pipeline.SinkOutputs;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.jobs.runtime.S3FileSystems;
import io.tapeflow.sinks.mongo.MongoIndexes;
import io.tapeflow.sinks.mongo.MongoPreflight;
import io.tapeflow.sinks.mongo.MongoSinkOptions;
import io.tapeflow.sinks.mongo.MongoUnavailableException;
import io.tapeflow.sinks.mongo.UriPassword;
import io.tapeflow.sinks.mongo.UriRedactor;
import io.tapeflow.sinks.mongo.embedded.EmbeddedMongo;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares a job's outputs before the job starts: resolves the Parquet base path, starts the embedded MongoDB when no
 * URI is given (local runs only), checks MongoDB answers and creates its indexes, so a dead database fails the
 * command with one line instead of failing tasks later.
 */
public final class JobOutputs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobOutputs.class);

    private final EmbeddedMongo embedded;
    private final String parquetDir;
    private final String mongoUri;
    private final String mongoDb;

    private JobOutputs(EmbeddedMongo embedded, String parquetDir, String mongoUri, String mongoDb) {
        this.embedded = embedded;
        this.parquetDir = parquetDir;
        this.mongoUri = mongoUri;
        this.mongoDb = mongoDb;
    }

    /** Opens the outputs the common options ask for. */
    public static JobOutputs open(CommonOptions options) {
        return open(options, System.getenv());
    }

    /**
     * As above, with {@code env} as the environment: {@link UriPassword#ENV} there is the password of the
     * {@code --mongo-uri} user, so it need not be a command-line argument.
     */
    public static JobOutputs open(CommonOptions options, Map<String, String> env) {
        String parquet = options.parquetEnabled() ? parquetBase(options.parquetDir) : null;
        if (FlinkEnvironments.isLocal()) {
            S3FileSystems.initializeFor(parquet, System.getenv());
        }
        EmbeddedMongo embedded = null;
        String uri = null;
        if (!options.mongoDisabled()) {
            if (options.mongoUri == null) {
                if (!FlinkEnvironments.isLocal()) {
                    throw new TapeflowException("--mongo-uri is required on a cluster (or --mongo-uri none)");
                }
                embedded = EmbeddedMongo.start(options.dataDir.resolve("mongo"));
                uri = embedded.uri();
                System.err.println("tapeflow: embedded MongoDB at " + uri + " (data in "
                        + embedded.dataFile() + ")");
            } else {
                uri = withPassword(options.mongoUri, env.get(UriPassword.ENV));
            }
            try {
                MongoPreflight.check(uri);
                MongoIndexes.ensure(uri, options.mongoDb);
            } catch (MongoUnavailableException e) {
                if (embedded != null) {
                    embedded.close();
                }
                throw new TapeflowException(e.getMessage(), e);
            }
            LOG.info("Writing MongoDB database {} at {}", options.mongoDb, UriRedactor.redact(uri));
        }
        return new JobOutputs(embedded, parquet, uri, options.mongoDb);
    }

    /** The sinks seam for the pipeline. */
    public SinkOutputs sinks() {
        return new SinkOutputs(parquetDir, ParquetSinkOptions.defaults(), mongoUri, mongoDb, MongoSinkOptions.defaults());
    }

    /** The Parquet base URI, or null when Parquet is off. */
    public String parquetDir() {
        return parquetDir;
    }

    /** The MongoDB URI in use (embedded or given), or null when MongoDB is off. Never log it unredacted. */
    public String mongoUri() {
        return mongoUri;
    }

    public String mongoDb() {
        return mongoDb;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static String withPassword(String uri, String password) {
        if (password == null || password.isEmpty()) return uri;
        try {
            return UriPassword.inject(uri, password);
        } catch (IllegalArgumentException e) {
            throw new TapeflowException(e.getMessage());
        }
    }

    private static String parquetBase(String dir) {
        if (dir.contains("://")) {
            return dir;
        }
        return Path.of(dir).toAbsolutePath().normalize().toUri().toString();
    }
}
