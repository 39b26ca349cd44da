package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;

/** The answer of one ticker lookup: the details, or a reject (an unusable body or a failed call); async I/O has no side outputs. */
public class TickerLookup {
    public TickerDetails details;
    public Reject reject;

    public TickerLookup() {}

    public static TickerLookup of(TickerDetails d) {
        TickerLookup l = new TickerLookup();
        l.details = d;
        return l;
    }

    public static TickerLookup of(Reject r) {
        TickerLookup l = new TickerLookup();
        l.reject = r;
        return l;
    }
}
