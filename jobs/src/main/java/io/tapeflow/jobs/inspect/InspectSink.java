package io.tapeflow.jobs.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Where {@code inspect} puts what it decoded: one normalized JSON object per record on stdout (snake_case fields, as in
 * the datasets, plus {@code kind}), and one {@code file:line: reason: raw} line per rejected input on stderr.
 */
public final class InspectSink {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final PrintStream out;
    private final PrintStream err;
    private long records;
    private long rejects;

    public InspectSink(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Prints a decoded event; a reject event is reported as rejected input at {@code location}. */
    public void accept(MarketEvent event, String location) {
        if (event.reject != null) {
            reject(location, event.reject.reason, event.reject.raw);
            return;
        }
        ObjectNode node = JSON.createObjectNode().put("kind", event.kind.name().toLowerCase(Locale.ROOT));
        node.setAll((ObjectNode) JSON.valueToTree(payload(event)));
        out.println(node);
        records++;
    }

    /** Prints any record as one JSON object with a {@code kind}. */
    public void acceptRecord(String kind, Object record) {
        ObjectNode node = JSON.createObjectNode().put("kind", kind);
        node.setAll((ObjectNode) JSON.valueToTree(record));
        out.println(node);
        records++;
    }

    /** Reports undecodable input; it makes the command exit non-zero. */
    public void reject(String location, String reason, String raw) {
        err.println(location + ": " + reason + (raw == null || raw.isEmpty() ? "" : ": " + abbreviate(raw)));
        rejects++;
    }

    public void reject(String location, Reject r) {
        reject(location, r.reason, r.raw);
    }

    public long records() {
        return records;
    }

    public long rejects() {
        return rejects;
    }

    private static Object payload(MarketEvent e) {
        switch (e.kind) {
            case TRADE: return e.trade;
            case QUOTE: return e.quote;
            case LULD: return e.luld;
            case AGGREGATE: return e.aggregate;
            case GAP: return e.gap;
            default: return e.reject;
        }
    }

    private static String abbreviate(String raw) {
        String oneLine = raw.replace('\n', ' ');
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }
}
