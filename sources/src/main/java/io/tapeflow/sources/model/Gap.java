package io.tapeflow.sources.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A stretch of a feed the job did not see: opened by every WebSocket reconnect (and by a restore from a checkpoint),
 * {@code [startTs, endTs]} = last event time before, first event time after, in epoch ns.
 *
 * <p>The {@code gaps} dataset key is {@code feed:startTs}. Repair (REST backfill of the window) flips
 * {@link #repaired} in a later revision.
 */
public class Gap {
    /** The feed that lost data, e.g. {@code ws:stocks:0} (cluster and split). */
    public String feed;
    public long startTs;
    public long endTs;
    public String[] tickers = new String[0];
    /** Why the gap opened: {@code reconnect}, {@code slow_consumer}, {@code restore}, ... plus detail. */
    public String reason;
    public boolean repaired;
    /** Processing time of the repair, epoch ms; 0 while unrepaired. */
    public long repairedAt;
    /** Why a repair failed, or null. */
    public String repairNote;
    /** Version of this gap (0 when opened, +1 per change such as the repair); the Parquet changelog column. */
    public int revision;

    public Gap() {}

    /** The dataset key: {@code feed:startTs}. */
    public String id() {
        return feed + ":" + startTs;
    }

    /** Event time in epoch milliseconds: the end of the gap, when it became known. */
    public long eventTimeMillis() {
        return Math.floorDiv(endTs, 1_000_000L);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Gap)) return false;
        Gap g = (Gap) o;
        return startTs == g.startTs && endTs == g.endTs && repaired == g.repaired && repairedAt == g.repairedAt
                && revision == g.revision
                && Objects.equals(feed, g.feed) && Arrays.equals(tickers, g.tickers)
                && Objects.equals(reason, g.reason) && Objects.equals(repairNote, g.repairNote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(feed, startTs, endTs);
    }

    @Override
    public String toString() {
        return "Gap{" + feed + " [" + startTs + ", " + endTs + "] " + reason + " tickers=" + tickers.length
                + (repaired ? " repaired" : "") + "}";
    }
}
