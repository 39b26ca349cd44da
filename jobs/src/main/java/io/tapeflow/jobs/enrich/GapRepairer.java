package io.tapeflow.jobs.enrich;

import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.rest.AggregatesQuery;
import io.tapeflow.sources.polygon.rest.PolygonAuthException;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.RestPage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Repairs one gap from REST minute aggregates, one ticker after another (never a burst: the client's rate limit and
 * the caller's thread pool bound the load): the result is the gap as opened, the minute aggregates overlapping its
 * window, any rejects, and the next revision of the gap saying whether and how it was repaired.
 */
public final class GapRepairer {
    private static final long MINUTE_MS = 60_000L;
    private static final int NAMES_IN_NOTE = 5;

    private final PolygonRestClient client;
    private final int maxTickers;

    public GapRepairer(PolygonRestClient client, int maxTickers) {
        this.client = client;
        this.maxTickers = maxTickers;
    }

    /** The events to emit for {@code opened} and its own tickers, in order; {@code nowMs} stamps {@code repairedAt}. */
    public List<MarketEvent> repair(Gap opened, long nowMs) {
        return repair(opened, opened.tickers == null ? new String[0] : opened.tickers, nowMs);
    }

    /**
     * The events to emit for {@code opened} repaired for {@code tickers} (for a {@code *} feed: the tickers seen
     * trading, see {@link GapTickers}), in order; {@code nowMs} stamps {@code repairedAt}.
     */
    public List<MarketEvent> repair(Gap opened, String[] tickers, long nowMs) {
        List<MarketEvent> out = new ArrayList<>();
        out.add(MarketEvent.of(opened));
        if (Arrays.asList(tickers).contains("*")) {
            out.add(MarketEvent.of(unrepaired(opened, "not repaired: the feed subscribes every ticker (*) and no "
                    + "ticker was seen trading yet; the next day's flat files cover the window")));
            return out;
        }
        long fromMs = Math.floorDiv(Math.floorDiv(opened.startTs, 1_000_000L), MINUTE_MS) * MINUTE_MS;
        long toMs = Math.floorDiv(opened.endTs, 1_000_000L);
        LocalDate firstDay = TradingCalendar.easternDate(fromMs);
        LocalDate lastDay = TradingCalendar.easternDate(toMs);
        int n = Math.min(tickers.length, maxTickers);
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String ticker = tickers[i];
            RestPage<Aggregate> page;
            try {
                page = PolygonRestClient.allPages(c ->
                        client.aggregates(new AggregatesQuery(ticker, Aggregate.MINUTE, firstDay, lastDay), c));
            } catch (PolygonAuthException e) {
                // the same refusal for every ticker: stop asking
                out.add(MarketEvent.of(unrepaired(opened, "not repaired: REST refused minute aggregates (HTTP "
                        + e.httpStatus() + (e.httpStatus() == 403 ? ", plan not entitled" : "") + ") after " + i
                        + " of " + tickers.length + " tickers")));
                return out;
            } catch (IOException | RuntimeException e) {
                failed.add(ticker);
                continue;
            }
            for (Aggregate a : page.items()) {
                if (a.startMs + MINUTE_MS > fromMs && a.startMs <= toMs) out.add(MarketEvent.of(a));
            }
            for (Reject r : page.rejects()) out.add(MarketEvent.of(r));
        }
        if (!failed.isEmpty()) {
            out.add(MarketEvent.of(unrepaired(opened, "partly repaired: " + (n - failed.size()) + " of "
                    + tickers.length + " tickers; REST failed for " + names(failed))));
        } else if (n < tickers.length) {
            out.add(MarketEvent.of(unrepaired(opened, "partly repaired: the first " + n + " of " + tickers.length
                    + " tickers (cap " + EnrichmentOptions.GAP_MAX_TICKERS.key() + "); flat files cover the rest")));
        } else {
            Gap done = next(opened);
            done.repaired = true;
            done.repairedAt = nowMs;
            out.add(MarketEvent.of(done));
        }
        return out;
    }

    /** The next revision of {@code opened}, not repaired, with the reason. */
    public static Gap unrepaired(Gap opened, String note) {
        Gap g = next(opened);
        g.repaired = false;
        g.repairedAt = 0L;
        g.repairNote = note;
        return g;
    }

    private static Gap next(Gap o) {
        Gap g = new Gap();
        g.feed = o.feed;
        g.startTs = o.startTs;
        g.endTs = o.endTs;
        g.tickers = o.tickers == null ? new String[0] : o.tickers.clone();
        g.reason = o.reason;
        g.revision = o.revision + 1;
        return g;
    }

    private static String names(List<String> tickers) {
        String shown = String.join(", ", tickers.subList(0, Math.min(NAMES_IN_NOTE, tickers.size())));
        return tickers.size() > NAMES_IN_NOTE ? shown + " and " + (tickers.size() - NAMES_IN_NOTE) + " more" : shown;
    }
}
