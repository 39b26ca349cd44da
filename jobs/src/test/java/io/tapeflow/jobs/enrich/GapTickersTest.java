package io.tapeflow.jobs.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Gap;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** A '*' feed's gap is repaired for the tickers seen trading on its day; any other gap for its own tickers. */
class GapTickersTest {
    private static final long FRI_10_NS = ZonedDateTime.of(2024, 3, 15, 10, 0, 0, 0, ZoneId.of("America/New_York"))
            .toInstant().toEpochMilli() * 1_000_000L;

    private static Gap gap(String... tickers) {
        Gap g = new Gap();
        g.feed = "ws:stocks:0";
        g.startTs = FRI_10_NS;
        g.endTs = FRI_10_NS + 5_000_000_000L;
        g.tickers = tickers;
        return g;
    }

    private static BroadcastOperatorTestHarness<Gap, TickerRequest, GapRepairRequest> harness() throws Exception {
        BroadcastOperatorTestHarness<Gap, TickerRequest, GapRepairRequest> h =
                ProcessFunctionTestHarnesses.forBroadcastProcessFunction(new GapTickers(), GapTickers.SEEN);
        h.processBroadcastElement(TickerRequest.of("MSFT", "2024-03-14"), 0);
        h.processBroadcastElement(TickerRequest.of("GME", "2024-03-15"), 0);
        h.processBroadcastElement(TickerRequest.of("AAPL", "2024-03-15"), 0);
        return h;
    }

    @Test
    void aStarGapIsRepairedForTheTickersSeenTradingThatDayInNameOrder() throws Exception {
        // Given AAPL and GME seen on Friday, MSFT only on Thursday
        try (var h = harness()) {
            // When a '*' gap opens on Friday
            h.processElement(gap("*"), 0);

            // Then
            List<GapRepairRequest> out = h.extractOutputValues();
            assertThat(out).hasSize(1);
            assertThat(out.get(0).tickers).containsExactly("AAPL", "GME");
            assertThat(out.get(0).gap.tickers).containsExactly("*");
        }
    }

    @Test
    void aGapWithItsOwnTickersKeepsThem() throws Exception {
        // Given the same tickers seen
        try (var h = harness()) {
            // When a gap of a feed subscribed to MSFT and TSLA opens
            h.processElement(gap("MSFT", "TSLA"), 0);

            // Then
            assertThat(h.extractOutputValues().get(0).tickers).containsExactly("MSFT", "TSLA");
        }
    }
}
