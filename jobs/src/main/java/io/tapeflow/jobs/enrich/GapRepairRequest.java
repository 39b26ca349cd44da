package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Gap;

/** A gap to repair and the tickers to repair it for: the gap's own, or for a {@code *} feed the tickers seen trading. */
public class GapRepairRequest {
    public Gap gap;
    public String[] tickers = new String[0];

    public GapRepairRequest() {}

    public static GapRepairRequest of(Gap gap, String[] tickers) {
        GapRepairRequest r = new GapRepairRequest();
        r.gap = gap;
        r.tickers = tickers;
        return r;
    }
}
