package io.tapeflow.sources.polygon.websocket;

import static io.tapeflow.sources.polygon.testutils.WireFrames.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.codec.StatusMessage;

import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** How one shard's decoded frames are routed: events behind the gap they close, rejects, current-socket statuses. */
class FrameRouterTest {
    private static final long T1 = 1_700_000_000_000L;
    private static final String STATUS = "[{\"ev\":\"status\",\"status\":\"force_disconnect\",\"message\":\"bye\"}]";

    private final WebSocketSplitMetrics metrics = new WebSocketSplitMetrics(new UnregisteredMetricsGroup(), "stocks:0",
            () -> 0, () -> 0L);
    private final GapTracker gaps = new GapTracker("ws:stocks:0", 0L);
    private final List<StatusMessage> statuses = new ArrayList<>();
    private final FrameRouter router = new FrameRouter("stocks:0", gaps,
            new Subscriptions(List.of("T"), new TreeSet<>(List.of("AAPL"))), metrics, statuses::add);
    private final List<MarketEvent> out = new ArrayList<>();

    @Test
    void theFirstEventAfterALossComesRightBehindItsCountedGap() {
        // Given
        router.decode(trade("AAPL", T1, 1), true, out::add);
        gaps.open("reconnect");

        // When
        router.decode(trade("AAPL", T1 + 7, 2), true, out::add);

        // Then
        assertThat(out).extracting(e -> e.kind).containsExactly(EventKind.TRADE, EventKind.GAP, EventKind.TRADE);
        assertThat(out.get(1).gap.startTs).isEqualTo(T1 * 1_000_000L);
        assertThat(out.get(1).gap.endTs).isEqualTo((T1 + 7) * 1_000_000L);
        assertThat(out.get(1).gap.tickers).containsExactly("AAPL");
        assertThat(metrics.gaps.getCount()).isEqualTo(1);
    }

    @Test
    void anAbandonedSocketsStatusesAreDroppedButItsEventsAreKeptWithoutClosingTheGap() {
        // Given
        gaps.open("reconnect");

        // When
        router.decode(STATUS, false, out::add);
        router.decode(trade("AAPL", T1, 1), false, out::add);

        // Then
        assertThat(statuses).isEmpty();
        assertThat(out).extracting(e -> e.kind).containsExactly(EventKind.TRADE);
        assertThat(metrics.gaps.getCount()).isZero();
    }

    @Test
    void theCurrentSocketsStatusesGoToTheSession() {
        // When
        router.decode(STATUS, true, out::add);

        // Then
        assertThat(statuses).containsExactly(new StatusMessage("force_disconnect", "bye"));
        assertThat(out).isEmpty();
    }

    @Test
    void aMalformedFrameBecomesACountedRejectWithItsRawText() {
        // When
        router.decode("[{\"ev\":\"T\",", true, out::add);

        // Then
        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.kind).isEqualTo(EventKind.REJECT);
            assertThat(e.reject.raw).contains("[{\"ev\":\"T\",");
        });
        assertThat(metrics.rejects.getCount()).isEqualTo(1);
    }
}
