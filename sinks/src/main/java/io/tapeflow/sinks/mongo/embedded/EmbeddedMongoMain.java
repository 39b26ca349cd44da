package io.tapeflow.sinks.mongo.embedded;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link EmbeddedMongo} as its own process: {@code EmbeddedMongoMain <dir> [port]} (port default 27017).
 *
 * <p>Prints the URI on stdout on a line of its own (starting with {@code mongodb://}), so a script can read it; stops
 * cleanly, committing the data file, on SIGTERM/Ctrl-C.
 */
public final class EmbeddedMongoMain {
    private EmbeddedMongoMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EmbeddedMongoMain <data-dir> [port, default 27017, 0 = free]");
            System.exit(2);
        }
        int port = args.length == 2 ? Integer.parseInt(args[1]) : 27017;
        EmbeddedMongo mongo;
        try {
            mongo = EmbeddedMongo.start(Path.of(args[0]), port);
        } catch (RuntimeException e) {
            System.err.println("embedded MongoDB failed to start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }, "embedded-mongo-shutdown"));
        System.out.println(mongo.uri());
        System.out.flush();
        stopped.await();
    }
}
