package io.tapeflow.jobs.testing;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mongo-java-server backend that requires a login, for tests of MongoDB URIs with a password: it answers the SASL
 * {@code saslStart} of {@code authMechanism=PLAIN} (payload {@code authzid\0user\0password}) for one user, rejects a
 * wrong password like mongod (code 18), and refuses any other command on a connection that has not logged in.
 */
public final class PlainAuthMongoBackend extends MemoryBackend {
    /** What a driver may send before it has logged in: the handshake and the login itself. */
    private static final Set<String> BEFORE_LOGIN = Set.of("hello", "ismaster", "buildinfo", "ping", "saslstart",
            "saslcontinue", "endsessions", "getlasterror");

    private final String user;
    private final String password;
    private final Set<Channel> loggedIn = ConcurrentHashMap.newKeySet();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public PlainAuthMongoBackend(String user, String password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        String name = command.toLowerCase(java.util.Locale.ROOT);
        if (name.equals("saslstart")) return saslStart(channel, query);
        if (!BEFORE_LOGIN.contains(name) && !loggedIn.contains(channel)) {
            throw new MongoServerError(13, "Unauthorized", "command " + command + " requires authentication");
        }
        return super.handleCommand(channel, database, command, query);
    }

    private Document saslStart(Channel channel, Document query) {
        Object payload = query.get("payload");
        byte[] bytes = payload instanceof BinData b ? b.getData() : payload instanceof byte[] a ? a : new byte[0];
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\0", -1);
        boolean ok = "PLAIN".equals(query.get("mechanism")) && parts.length == 3 && parts[1].equals(user)
                && parts[2].equals(password);
        if (!ok) {
            refused.incrementAndGet();
            throw new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
        }
        loggedIn.add(channel);
        logins.incrementAndGet();
        return new Document("conversationId", 1).append("done", true).append("payload", new BinData(new byte[0]))
                .append("ok", 1.0);
    }

    @Override
    public void handleClose(Channel channel) {
        loggedIn.remove(channel);
        super.handleClose(channel);
    }

    /** Successful logins so far (each pooled connection logs in once). */
    public int logins() {
        return logins.get();
    }

    /** Logins refused so far. */
    public int refused() {
        return refused.get();
    }
}
