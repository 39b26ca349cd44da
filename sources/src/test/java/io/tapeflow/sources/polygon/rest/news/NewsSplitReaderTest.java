package io.tapeflow.sources.polygon.rest.news;

import static io.tapeflow.sources.polygon.testutils.FakePolygonRestClient.news;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.source.PositionedRecord;
import io.tapeflow.sources.polygon.testutils.FakePolygonRestClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.junit.jupiter.api.Test;

/** Each news id is emitted once: across polls, after a restore, and within the look-back window. */
class NewsSplitReaderTest {
    private static final long LOOKBACK = 60_000;

    /** A feed whose content grows between polls; answers only items in the requested window. */
    private static FakePolygonRestClient feed(List<News> items) {
        return new FakePolygonRestClient().news(q -> items.stream()
                .filter(n -> n.publishedUtc >= q.fromMs && n.publishedUtc <= q.toMs).collect(Collectors.toList()));
    }

    private static List<String> fetchOnce(NewsSplitReader reader, List<String> finished) throws IOException {
        RecordsWithSplitIds<PositionedRecord> batch = reader.fetch();
        List<String> ids = new ArrayList<>();
        while (batch.nextSplit() != null) {
            for (PositionedRecord r = batch.nextRecordFromSplit(); r != null; r = batch.nextRecordFromSplit()) ids.add(r.id);
        }
        finished.addAll(batch.finishedSplits());
        return ids;
    }

    @Test
    void boundedWindowEmitsItsItemsAndFinishes() throws IOException {
        // Given items inside and after the window
        FakePolygonRestClient client = feed(List.of(news("a", 1_000), news("b", 2_000), news("late", 9_000)));
        NewsSplitReader reader = new NewsSplitReader(client, false, 0, LOOKBACK);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(NewsSplit.fresh(new NewsQuery(News.POLYGON, 0, 5_000, null, 100)))));

        // When
        List<String> finished = new ArrayList<>();
        List<String> ids = fetchOnce(reader, finished);

        // Then
        assertThat(ids).containsExactly("a", "b");
        assertThat(finished).containsExactly("news:polygon");
    }

    @Test
    void pollingEmitsOnlyNewIdsIncludingOnesFiledLateInsideTheLookback() throws IOException {
        // Given an unbounded feed polled with no delay
        List<News> items = new CopyOnWriteArrayList<>(List.of(news("a", 100_000), news("b", 200_000)));
        NewsSplitReader reader = new NewsSplitReader(feed(items), true, 0, LOOKBACK);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(NewsSplit.fresh(
                new NewsQuery(News.POLYGON, 0, NewsQuery.OPEN_END, null, 100)))));
        List<String> first = fetchOnce(reader, new ArrayList<>());

        // When a new item and a late-filed one (older than b, inside the look-back) appear
        items.add(news("c", 250_000));
        items.add(news("late", 180_000));
        List<String> second = fetchOnce(reader, new ArrayList<>());
        List<String> third = fetchOnce(reader, new ArrayList<>());

        // Then
        assertThat(first).containsExactly("a", "b");
        assertThat(second).containsExactlyInAnyOrder("c", "late");
        assertThat(third).isEmpty();
    }

    @Test
    void aRestoredSplitDoesNotReemitWhatItsStateHasSeen() throws IOException {
        // Given state from a checkpoint: a and b emitted, newest at 200000
        NewsQuery q = new NewsQuery(News.POLYGON, 0, NewsQuery.OPEN_END, null, 100);
        SeenNews seen = new SeenNews(NewsSplit.fresh(q), LOOKBACK);
        seen.add("a", 100_000);
        seen.add("b", 200_000);
        NewsSplit restored = seen.toSplit(NewsSplit.fresh(q));
        FakePolygonRestClient client = feed(List.of(news("a", 100_000), news("b", 200_000), news("c", 210_000)));
        NewsSplitReader reader = new NewsSplitReader(client, true, 0, LOOKBACK);
        reader.handleSplitsChanges(new SplitsAddition<>(List.of(restored)));

        // When
        List<String> ids = fetchOnce(reader, new ArrayList<>());

        // Then: a fell out of the look-back window (pruned, and not asked for again), b is remembered
        assertThat(restored.seenIds()).containsExactly("b");
        assertThat(client.calls).containsExactly("news polygon from=140000");
        assertThat(ids).containsExactly("c");
    }
}
