package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.polygon.testutils.FakePolygonRestClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Trade;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.async.AsyncWaitOperatorFactory;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

/** Ticker details are looked up once per ticker and trading day: pre-filter, keyed dedup, cached async lookup. */
class TickerDetailsTest {
    private static final long FRI_10 = ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli();
    private static final long DAY = 86_400_000L;

    private static Trade trade(String ticker, long ms) {
        Trade t = new Trade();
        t.ticker = ticker;
        t.sipTs = ms * 1_000_000L;
        return t;
    }

    @Test
    void thePreFilterPassesEachTickersFirstTradeOfEachEasternDayOnly() {
        // Given
        FirstTickerOfDay filter = new FirstTickerOfDay();
        filter.open((org.apache.flink.api.common.functions.OpenContext) null);
        List<TickerRequest> out = new ArrayList<>();
        Collector<TickerRequest> collector = new Collector<>() {
            @Override
            public void collect(TickerRequest r) {
                out.add(r);
            }

            @Override
            public void close() {}
        };

        // When AAPL trades three times on Friday, GME once, AAPL again on Monday, then a Friday straggler
        for (Trade t : List.of(trade("AAPL", FRI_10), trade("AAPL", FRI_10 + 1), trade("GME", FRI_10 + 2),
                trade("AAPL", FRI_10 + 3_600_000L), trade("AAPL", FRI_10 + 3 * DAY), trade("AAPL", FRI_10 + 5))) {
            filter.flatMap(t, collector);
        }

        // Then
        assertThat(out).containsExactly(TickerRequest.of("AAPL", "2024-03-15"), TickerRequest.of("GME", "2024-03-15"),
                TickerRequest.of("AAPL", "2024-03-18"));
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, TickerRequest, TickerRequest> dedup(
            OperatorSubtaskState restore) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerRequest, TickerRequest> h =
                new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new TickerDayDedup()),
                        r -> r.ticker, Types.STRING);
        if (restore != null) h.initializeState(restore);
        h.open();
        return h;
    }

    @Test
    void theKeyedDedupLetsOneRequestPerTickerAndDayThroughAcrossARestore() throws Exception {
        // Given AAPL and GME requested on Friday, then a snapshot
        var h = dedup(null);
        h.processElement(TickerRequest.of("AAPL", "2024-03-15"), 0);
        h.processElement(TickerRequest.of("GME", "2024-03-15"), 0);
        OperatorSubtaskState snapshot = h.snapshot(1, 1);
        List<TickerRequest> before = h.extractOutputValues();
        h.close();

        // When restored, the pre-filter (not state) re-sends Friday, then Monday comes, then a Friday straggler
        var restored = dedup(snapshot);
        restored.processElement(TickerRequest.of("AAPL", "2024-03-15"), 0);
        restored.processElement(TickerRequest.of("AAPL", "2024-03-18"), 0);
        restored.processElement(TickerRequest.of("AAPL", "2024-03-15"), 0);

        // Then
        assertThat(before).hasSize(2);
        assertThat(restored.extractOutputValues()).containsExactly(TickerRequest.of("AAPL", "2024-03-18"));
        restored.close();
    }

    private static List<TickerLookup> lookUp(FakePolygonRestClient rest, TickerRequest... requests) throws Exception {
        TickerDetailsFunction fn = new TickerDetailsFunction(() -> rest, new EnrichmentOptions());
        var h = new OneInputStreamOperatorTestHarness<>(
                new AsyncWaitOperatorFactory<>(fn, 10_000, 100, AsyncDataStream.OutputMode.ORDERED),
                Types.POJO(TickerRequest.class).createSerializer(new SerializerConfigImpl()));
        h.open();
        for (TickerRequest r : requests) {
            h.processElement(r, 0);
            // one at a time, so the second identical request meets a filled cache (as after a restart)
            synchronized (h.getCheckpointLock()) {
                h.endInput();
            }
        }
        List<TickerLookup> out = h.extractOutputValues();
        h.close();
        return out;
    }

    @Test
    void theLookupFetchesATickerOncePerDayAndAgainOnTheNextDay() throws Exception {
        // Given
        FakePolygonRestClient rest = new FakePolygonRestClient();

        // When AAPL is requested twice on Friday and once on Monday
        List<TickerLookup> out = lookUp(rest, TickerRequest.of("AAPL", "2024-03-15"),
                TickerRequest.of("AAPL", "2024-03-15"), TickerRequest.of("AAPL", "2024-03-18"));

        // Then two calls, three answers, each as of its day
        assertThat(rest.calls).containsExactly("ticker AAPL 2024-03-15", "ticker AAPL 2024-03-18");
        assertThat(out).extracting(l -> l.details).extracting(d -> d.asOf)
                .containsExactly("2024-03-15", "2024-03-15", "2024-03-18");
    }

    @Test
    void aPlanWithoutReferenceDataDisablesLookupsAfterTheFirstRefusal() throws Exception {
        // Given REST answering 403
        FakePolygonRestClient rest = new FakePolygonRestClient().refusing(403);

        // When two tickers are requested
        List<TickerLookup> out = lookUp(rest, TickerRequest.of("AAPL", "2024-03-15"), TickerRequest.of("GME", "2024-03-15"));

        // Then one call, no details, no rejects (a plan limit is not bad input)
        assertThat(rest.calls).hasSize(1);
        assertThat(out).isEmpty();
    }

    @Test
    void aFailedLookupBecomesAReject() throws Exception {
        // Given GME failing after retries
        FakePolygonRestClient rest = new FakePolygonRestClient().failing("GME");

        // When
        List<TickerLookup> out = lookUp(rest, TickerRequest.of("GME", "2024-03-15"));

        // Then
        assertThat(out).hasSize(1);
        assertThat(out.get(0).details).isNull();
        assertThat(out.get(0).reject.location).isEqualTo("GET /v3/reference/tickers/GME");
        assertThat(out.get(0).reject.reason).contains("retries exhausted");
    }
}
