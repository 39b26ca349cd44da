package io.tapeflow.sinks.mongo.embedded;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A MongoDB-compatible server (mongo-java-server, H2 file backend) bound to 127.0.0.1, for {@code demo} and local
 * runs with nothing installed. Data lives in {@code <dir>/tapeflow-v2.mv.db} and survives a restart.
 *
 * <pre>{@code
 * try (EmbeddedMongo mongo = EmbeddedMongo.start(Path.of("tapeflow-data/mongo"), 0)) {
 *     String uri = mongo.uri(); // mongodb://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>It speaks the wire protocol of MongoDB 5.0 without sessions/transactions and ignores non-unique secondary
 * indexes; enough for upserts by {@code _id} and for users' queries, not a production database. The backend is
 * {@link EmbeddedH2Backend}: with the library's plain H2 backend every upsert by {@code _id} Java-serialized keys.
 */
public final class EmbeddedMongo implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);
    public static final String FILE_NAME = "tapeflow-v2.mv.db";
    /** The file of the plain H2 backend, whose format {@link EmbeddedH2Backend} cannot read: never opened. */
    public static final String LEGACY_FILE_NAME = "tapeflow.mv.db";
    public static final String HOST = "127.0.0.1";

    private final MongoServer server;
    private final Path file;
    private final int port;

    private EmbeddedMongo(MongoServer server, Path file, int port) {
        this.server = server;
        this.file = file;
        this.port = port;
    }

    /**
     * Opens (or creates) the data file under {@code dir} and listens on 127.0.0.1.
     *
     * @param port the port, or 0 for a free one
     */
    public static EmbeddedMongo start(Path dir, int port) {
        Path file = dir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded MongoDB directory " + dir, e);
        }
        legacyFileNotice(dir).ifPresent(LOG::warn);
        EmbeddedH2Backend backend = new EmbeddedH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (Exception e) { // netty rethrows the checked BindException undeclared
            server.shutdownNow();
            throw new IllegalStateException("embedded MongoDB cannot listen on " + HOST + ":" + port
                    + " (port in use?)", e);
        }
        int bound = server.getLocalAddress().getPort();
        LOG.info("Embedded MongoDB listening on {}:{}, data in {}", HOST, bound, file);
        return new EmbeddedMongo(server, file, bound);
    }

    /** The one line to log when {@code dir} still has the data file of the plain H2 backend, which is never read. */
    static Optional<String> legacyFileNotice(Path dir) {
        Path legacy = dir.resolve(LEGACY_FILE_NAME).toAbsolutePath();
        if (!Files.exists(legacy)) {
            return Optional.empty();
        }
        return Optional.of(legacy + " was written by an older tapeflow and is no longer read (its index order and"
                + " document format differ); data now go to " + FILE_NAME + " beside it. Re-run backfill to refill"
                + " MongoDB; the old file can be deleted.");
    }

    /** Starts on a free port. */
    public static EmbeddedMongo start(Path dir) {
        return start(dir, 0);
    }

    /** The connection string, e.g. {@code mongodb://127.0.0.1:27017}. */
    public String uri() {
        return "mongodb://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataFile() {
        return file;
    }

    public InetSocketAddress address() {
        return server.getLocalAddress();
    }

    /** Stops listening, commits and closes the data file (so the next start sees every acknowledged write). */
    @Override
    public void close() {
        // shutdownNow also closes the H2 backend, which commits the MVStore.
        server.shutdownNow();
        LOG.info("Embedded MongoDB on port {} stopped", port);
    }
}
