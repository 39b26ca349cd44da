package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.polygon.testutils.FakePolygonRestClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.rest.AggregatesQuery;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestPage;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.operators.async.AsyncWaitOperatorFactory;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** The async repair step: pass-through without REST, and a repair that outlives its timeout says so. */
class GapRepairFunctionTest {
    private static final long TIMEOUT_MS = 1_000L;

    private static Gap gap() {
        Gap g = new Gap();
        g.feed = "ws:stocks:0";
        g.startTs = 1_710_511_200_000_000_000L;
        g.endTs = 1_710_511_205_000_000_000L;
        g.tickers = new String[] {"AAPL"};
        g.reason = "reconnect";
        return g;
    }

    private static OneInputStreamOperatorTestHarness<GapRepairRequest, MarketEvent> harness(
            PolygonRestClientFactory rest) throws Exception {
        EnrichmentOptions opts = new EnrichmentOptions();
        opts.gapTimeoutMs = TIMEOUT_MS;
        var h = new OneInputStreamOperatorTestHarness<>(new AsyncWaitOperatorFactory<>(new GapRepairFunction(rest, opts),
                TIMEOUT_MS, 10, AsyncDataStream.OutputMode.UNORDERED),
                Types.POJO(GapRepairRequest.class).createSerializer(new SerializerConfigImpl()));
        h.open();
        return h;
    }

    @Test
    void withoutRestAGapPassesThroughUnchanged() throws Exception {
        // Given no REST client (a mode without REST)
        try (var h = harness(null)) {
            // When
            h.processElement(GapRepairRequest.of(gap(), gap().tickers), 0);
            synchronized (h.getCheckpointLock()) {
                h.endInput();
            }

            // Then
            assertThat(h.extractOutputValues()).containsExactly(MarketEvent.of(gap()));
        }
    }

    @Test
    void aRepairStillRunningAtTheTimeoutEmitsTheGapAndAnUnrepairedRevisionSayingSo() throws Exception {
        // Given a REST call that hangs until the test ends
        CountDownLatch release = new CountDownLatch(1);
        FakePolygonRestClient hanging = new FakePolygonRestClient() {
            @Override
            public RestPage<Aggregate> aggregates(AggregatesQuery q, String cursor) throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("released");
            }
        };
        try (var h = harness(() -> hanging)) {
            // When the processing time passes the timeout
            h.setProcessingTime(0);
            h.processElement(GapRepairRequest.of(gap(), gap().tickers), 0);
            h.setProcessingTime(TIMEOUT_MS + 1);
            synchronized (h.getCheckpointLock()) {
                h.endInput(); // drains the operator's mailbox, where the timed-out result is emitted
            }

            // Then
            List<MarketEvent> out = h.extractOutputValues();
            assertThat(out).hasSize(2);
            assertThat(out.get(0)).isEqualTo(MarketEvent.of(gap()));
            assertThat(out.get(1).kind).isEqualTo(EventKind.GAP);
            assertThat(out.get(1).gap.revision).isEqualTo(1);
            assertThat(out.get(1).gap.repaired).isFalse();
            assertThat(out.get(1).gap.repairNote).isEqualTo("not repaired: REST repair timed out after 1 s");
        } finally {
            release.countDown();
        }
    }
}
