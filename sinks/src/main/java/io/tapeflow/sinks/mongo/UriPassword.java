package io.tapeflow.sinks.mongo;

import com.mongodb.ConnectionString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Puts a password taken from the environment into a MongoDB URI that names only the user
 * ({@code mongodb://app@host/db} + {@code s3cr3t} = {@code mongodb://app:s3cr3t@host/db}), so the password never
 * has to be a command-line argument, which the process list shows and, in Flink application mode, the JobManager's
 * configuration view and log too.
 */
public final class UriPassword {
    /** The environment variable the commands read the password of the {@code --mongo-uri} user from. */
    public static final String ENV = "TAPEFLOW_MONGO_PASSWORD";

    private UriPassword() {}

    /**
     * @return {@code uri} with {@code password} (percent-encoded, as the driver decodes it) as its user's password
     * @throws IllegalArgumentException, naming the variable but never showing a password, when the URI has no user
     *     or already has a password
     */
    public static String inject(String uri, String password) {
        int start = uri.indexOf("://");
        if (start < 0 || !uri.startsWith("mongodb")) {
            throw new IllegalArgumentException("--mongo-uri must start with mongodb:// or mongodb+srv://");
        }
        start += 3;
        int end = start;
        while (end < uri.length() && uri.charAt(end) != '/' && uri.charAt(end) != '?') end++;
        int at = uri.lastIndexOf('@', end - 1);
        if (at < start) {
            throw new IllegalArgumentException(ENV + " is set but --mongo-uri names no user: write "
                    + "mongodb://USER@host/...");
        }
        if (uri.substring(start, at).contains(":")) {
            throw new IllegalArgumentException(ENV + " is set but --mongo-uri has a password too: keep only one");
        }
        // the driver percent-decodes user info but reads '+' as '+', so a space must be %20, not URLEncoder's '+'
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        String withPassword = uri.substring(0, at) + ":" + encoded + uri.substring(at);
        try {
            new ConnectionString(withPassword);
        } catch (IllegalArgumentException e) {
            // no cause attached: the driver's exception may quote the URI, and so the password
            throw new IllegalArgumentException("--mongo-uri with the password from " + ENV + " is not a valid "
                    + "MongoDB URI: " + UriRedactor.redactIn(e.getMessage()));
        }
        return withPassword;
    }
}
