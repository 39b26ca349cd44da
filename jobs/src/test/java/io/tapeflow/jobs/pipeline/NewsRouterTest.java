package io.tapeflow.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Reject;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/** The news source's items and rejects part ways, so a bad REST news body is kept in {@code rejects}. */
class NewsRouterTest {

    @Test
    void newsGoesToTheMainOutputAndRejectsToTheRejectsSideOutput() throws Exception {
        // Given
        News item = new News();
        item.id = "polygon:abc";
        Reject bad = Reject.of("rest", "GET /v2/reference/news results[3]", "missing published_utc", "{\"id\":3}");
        try (OneInputStreamOperatorTestHarness<MarketEvent, News> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new NewsRouter())) {
            // When
            harness.processElement(MarketEvent.of(item), 1L);
            harness.processElement(MarketEvent.of(bad), 2L);

            // Then
            assertThat(harness.extractOutputValues()).extracting(n -> n.id).containsExactly("polygon:abc");
            assertThat(harness.getSideOutput(RouteByKind.REJECTS)).extracting(r -> r.getValue().raw)
                    .containsExactly("{\"id\":3}");
        }
    }
}
