package io.tapeflow.jobs.testing;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A mongo-java-server backend that counts the update statements (the sinks' upserts) each database receives. */
public final class CountingMongoBackend extends MemoryBackend {
    private final Map<String, AtomicLong> upserts = new ConcurrentHashMap<>();

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (command.equals("update") && query.get("updates") instanceof List<?> updates) {
            upserts.computeIfAbsent(database, d -> new AtomicLong()).addAndGet(updates.size());
        }
        return super.handleCommand(channel, database, command, query);
    }

    /** Update statements {@code database} has received so far. */
    public long upserts(String database) {
        AtomicLong n = upserts.get(database);
        return n == null ? 0 : n.get();
    }
}
