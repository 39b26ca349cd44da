package io.tapeflow.sources.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Input the job could not use, kept with its raw text: a malformed frame or row, an unknown event type, an HTTP
 * error body, a trade too late for its bar.
 *
 * <p>The {@code rejects} dataset key is {@code origin:hash}, a hash of location and raw text, so the same bad input
 * seen twice (a replay) is one record.
 */
public class Reject {
    /** Where it came from: {@code ws}, {@code flatfile}, {@code rest}, {@code pipeline}. */
    public String origin;
    /** Where exactly: {@code file:line}, {@code ws:stocks:0 frame 1234}, a URL path (never with credentials). */
    public String location;
    public String reason;
    public String raw;
    /** Processing time it was seen, epoch ms. */
    public long seenAt;
    /** Event time if known (epoch ms), else 0; used only for partitioning. */
    public long eventTimeMs;

    public Reject() {}

    /** Creates a reject stamped with the current wall clock. */
    public static Reject of(String origin, String location, String reason, String raw) {
        Reject r = new Reject();
        r.origin = origin;
        r.location = location;
        r.reason = reason;
        r.raw = raw;
        r.seenAt = System.currentTimeMillis();
        return r;
    }

    /** The dataset key: origin plus a SHA-256 prefix of location and raw text. */
    public String id() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.valueOf(location).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(raw).getBytes(StandardCharsets.UTF_8));
            return origin + ":" + HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Reject)) return false;
        Reject r = (Reject) o;
        return seenAt == r.seenAt && eventTimeMs == r.eventTimeMs && Objects.equals(origin, r.origin)
                && Objects.equals(location, r.location) && Objects.equals(reason, r.reason)
                && Objects.equals(raw, r.raw);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, location, reason, raw);
    }

    @Override
    public String toString() {
        return "Reject{" + origin + " @" + location + ": " + reason + "}";
    }
}
