package io.tapeflow.jobs.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * One trading halt or pause of the {@code halts} dataset (shared/market/HALTS.md section 3); key {@link #haltId} =
 * {@code ticker:startTs}, fixed when the halt starts. Every later fact is a new {@link #revision} of the same key.
 *
 * <p>Times: {@code startTs}/{@code endTs} epoch ns; {@code updatedAt} processing time, epoch ms (the only
 * non-deterministic field). Nullable facts use boxed types.
 */
public class Halt {
    public String haltId;
    public String ticker;
    public String tradingDay;
    /** {@code LULD_PAUSE}, {@code NEWS}, {@code MWCB}, {@code REGULATORY}, {@code OTHER}. */
    public String type;
    /** {@code UP}, {@code DOWN}, {@code NONE}. */
    public String direction;
    /** {@code HALTED}, {@code RESUMED}, {@code RETRACTED}. */
    public String status;
    /** {@code OBSERVED} or {@code INFERRED}. */
    public String evidence;
    public long startTs;
    public Long endTs;
    public Long durationMs;
    public Double lastPrice;
    public Double reopenPrice;
    public Double bandUpper;
    public Double bandLower;
    public int haltIndexToday;
    public boolean strengthConfirmed;
    public boolean weaknessConfirmed;
    public String[] newsIds = new String[0];
    public long updatedAt;
    public int revision;

    public Halt() {}

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Halt)) return false;
        Halt h = (Halt) o;
        return startTs == h.startTs && haltIndexToday == h.haltIndexToday
                && strengthConfirmed == h.strengthConfirmed && weaknessConfirmed == h.weaknessConfirmed
                && updatedAt == h.updatedAt && revision == h.revision && Objects.equals(haltId, h.haltId)
                && Objects.equals(ticker, h.ticker) && Objects.equals(tradingDay, h.tradingDay)
                && Objects.equals(type, h.type) && Objects.equals(direction, h.direction)
                && Objects.equals(status, h.status) && Objects.equals(evidence, h.evidence)
                && Objects.equals(endTs, h.endTs) && Objects.equals(durationMs, h.durationMs)
                && Objects.equals(lastPrice, h.lastPrice) && Objects.equals(reopenPrice, h.reopenPrice)
                && Objects.equals(bandUpper, h.bandUpper) && Objects.equals(bandLower, h.bandLower)
                && Arrays.equals(newsIds, h.newsIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(haltId, revision);
    }

    @Override
    public String toString() {
        return "Halt{" + haltId + " " + type + " " + direction + " " + status + " " + evidence + " #" + haltIndexToday
                + " end=" + endTs + " rev=" + revision + "}";
    }
}
