package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.polygon.testutils.FakePolygonRestClient;
import static io.tapeflow.sources.polygon.testutils.FakePolygonRestClient.minute;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One gap in, the gap, its window's minute bars and the next revision out, with the reason when not repaired. */
class GapRepairerTest {
    private static final long T0 = ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli();
    private static final long MIN = 60_000L;
    private static final long NOW = 1_900_000_000_000L;

    /** A gap from 10:01:30 to 10:03:10 Eastern. */
    private static Gap gap(String... tickers) {
        Gap g = new Gap();
        g.feed = "ws:stocks:0";
        g.startTs = (T0 + MIN + 30_000) * 1_000_000L;
        g.endTs = (T0 + 3 * MIN + 10_000) * 1_000_000L;
        g.tickers = tickers;
        g.reason = "reconnect";
        return g;
    }

    private static List<MarketEvent> of(List<MarketEvent> out, EventKind kind) {
        return out.stream().filter(e -> e.kind == kind).collect(Collectors.toList());
    }

    @Test
    void aRepairedGapComesOutAsOpenedThenTheWindowsMinuteBarsThenRepairedAsTheNextRevision() {
        // Given minute bars 10:00..10:04 for AAPL and MSFT
        FakePolygonRestClient rest = new FakePolygonRestClient();
        for (String t : new String[] {"AAPL", "MSFT"}) {
            rest.bars(t, minute(t, T0, 1), minute(t, T0 + MIN, 2), minute(t, T0 + 2 * MIN, 3),
                    minute(t, T0 + 3 * MIN, 4), minute(t, T0 + 4 * MIN, 5));
        }

        // When
        List<MarketEvent> out = new GapRepairer(rest, 10).repair(gap("AAPL", "MSFT"), NOW);

        // Then the minutes overlapping [10:01:30, 10:03:10] (10:01, 10:02, 10:03) per ticker, between the revisions
        assertThat(out.get(0)).isEqualTo(MarketEvent.of(gap("AAPL", "MSFT")));
        assertThat(of(out, EventKind.AGGREGATE)).extracting(e -> e.aggregate.ticker + "@" + (e.aggregate.startMs - T0) / MIN)
                .containsExactly("AAPL@1", "AAPL@2", "AAPL@3", "MSFT@1", "MSFT@2", "MSFT@3");
        Gap last = out.get(out.size() - 1).gap;
        assertThat(last.revision).isEqualTo(1);
        assertThat(last.repaired).isTrue();
        assertThat(last.repairedAt).isEqualTo(NOW);
        assertThat(last.repairNote).isNull();
        assertThat(last.id()).isEqualTo(gap().id());
        assertThat(rest.calls).containsExactly("aggs AAPL 1m 2024-03-15..2024-03-15", "aggs MSFT 1m 2024-03-15..2024-03-15");
    }

    @Test
    void aPlanWithoutAggregatesStopsAtTheFirstRefusalAndSaysSo() {
        // Given REST answering 403
        FakePolygonRestClient rest = new FakePolygonRestClient().refusing(403);

        // When
        List<MarketEvent> out = new GapRepairer(rest, 10).repair(gap("AAPL", "MSFT", "GME"), NOW);

        // Then one call, no bars, an unrepaired revision naming the 403
        assertThat(rest.calls).hasSize(1);
        assertThat(of(out, EventKind.AGGREGATE)).isEmpty();
        Gap last = out.get(out.size() - 1).gap;
        assertThat(last.repaired).isFalse();
        assertThat(last.repairedAt).isZero();
        assertThat(last.revision).isEqualTo(1);
        assertThat(last.repairNote).contains("403").contains("not entitled");
    }

    @Test
    void aStarGapWithNoTickerSeenYetIsNotRepairedAndFiresNoRequest() {
        // Given a '*' subscription
        FakePolygonRestClient rest = new FakePolygonRestClient();

        // When
        List<MarketEvent> out = new GapRepairer(rest, 10).repair(gap("*"), NOW);

        // Then
        assertThat(rest.calls).isEmpty();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).gap.repaired).isFalse();
        assertThat(out.get(1).gap.repairNote).contains("(*)").contains("no ticker was seen").contains("flat files");
    }

    @Test
    void aStarGapIsRepairedForTheTickersItIsGiven() {
        // Given a '*' gap and the tickers seen trading (GapTickers)
        FakePolygonRestClient rest = new FakePolygonRestClient().bars("GME", minute("GME", T0 + 2 * MIN, 7));

        // When
        List<MarketEvent> out = new GapRepairer(rest, 10).repair(gap("*"), new String[] {"AAPL", "GME"}, NOW);

        // Then the gap keeps '*' as its tickers, and is repaired for the two
        assertThat(rest.calls).hasSize(2);
        assertThat(of(out, EventKind.AGGREGATE)).hasSize(1);
        Gap last = out.get(out.size() - 1).gap;
        assertThat(last.repaired).isTrue();
        assertThat(last.tickers).containsExactly("*");
    }

    @Test
    void tickersAboveTheCapAreNotRequestedAndTheNoteSaysHowManyWereRepaired() {
        // Given a cap of 2 and 3 tickers
        FakePolygonRestClient rest = new FakePolygonRestClient().bars("C", minute("C", T0 + 2 * MIN, 7));

        // When
        List<MarketEvent> out = new GapRepairer(rest, 2).repair(gap("A", "B", "C"), NOW);

        // Then
        assertThat(rest.calls).hasSize(2).noneMatch(c -> c.startsWith("aggs C "));
        Gap last = out.get(out.size() - 1).gap;
        assertThat(last.repaired).isFalse();
        assertThat(last.repairNote).contains("first 2 of 3").contains(EnrichmentOptions.GAP_MAX_TICKERS.key());
    }

    @Test
    void aTickerWhoseCallsFailLeavesTheGapPartlyRepairedNamingIt() {
        // Given MSFT failing after retries, AAPL fine
        FakePolygonRestClient rest = new FakePolygonRestClient().bars("AAPL", minute("AAPL", T0 + 2 * MIN, 3)).failing("MSFT");

        // When
        List<MarketEvent> out = new GapRepairer(rest, 10).repair(gap("AAPL", "MSFT"), NOW);

        // Then AAPL's bar still comes out, and the gap is not marked repaired
        assertThat(of(out, EventKind.AGGREGATE)).hasSize(1);
        Gap last = out.get(out.size() - 1).gap;
        assertThat(last.repaired).isFalse();
        assertThat(last.repairNote).isEqualTo("partly repaired: 1 of 2 tickers; REST failed for MSFT");
    }

    @Test
    void aGapAcrossMidnightAsksForBothEasternDays() {
        // Given a gap from 23:59:30 to 00:00:30 Eastern
        Gap g = gap("AAPL");
        long midnight = ZonedDateTime.of(2024, 3, 16, 0, 0, 0, 0, ZoneId.of("America/New_York")).toInstant().toEpochMilli();
        g.startTs = (midnight - 30_000) * 1_000_000L;
        g.endTs = (midnight + 30_000) * 1_000_000L;
        FakePolygonRestClient rest = new FakePolygonRestClient();

        // When
        new GapRepairer(rest, 10).repair(g, NOW);

        // Then
        assertThat(rest.calls).containsExactly("aggs AAPL 1m 2024-03-15..2024-03-16");
    }
}
