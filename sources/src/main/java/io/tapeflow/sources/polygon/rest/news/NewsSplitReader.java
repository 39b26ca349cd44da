package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.RestPage;
import io.tapeflow.sources.polygon.rest.source.PositionedRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;

/**
 * Polls the assigned news feeds: one page per {@link #fetch()}; after the last page of a poll a bounded feed
 * finishes and an unbounded one waits for the poll interval (interruptible by {@link #wakeUp()}).
 */
final class NewsSplitReader implements SplitReader<PositionedRecord, NewsSplit> {
    private final PolygonRestClient client;
    private final boolean unbounded;
    private final long pollIntervalMs;
    private final long lookbackMs;
    private final List<Feed> feeds = new ArrayList<>();
    private final Object sleeper = new Object();
    private boolean wakeUp;
    private int next;

    NewsSplitReader(PolygonRestClient client, boolean unbounded, long pollIntervalMs, long lookbackMs) {
        this.client = client;
        this.unbounded = unbounded;
        this.pollIntervalMs = pollIntervalMs;
        this.lookbackMs = lookbackMs;
    }

    @Override
    public RecordsWithSplitIds<PositionedRecord> fetch() throws IOException {
        RecordsBySplits.Builder<PositionedRecord> batch = new RecordsBySplits.Builder<>();
        if (feeds.isEmpty()) return batch.build();
        Feed feed = feeds.get(next++ % feeds.size());
        long wait = feed.dueAtMs - System.currentTimeMillis();
        if (wait > 0) {
            sleep(Math.min(wait, 1000L));
            return batch.build();
        }
        String id = feed.split.splitId();
        NewsQuery query = feed.split.query();
        if (feed.cursor == null) query = query.withFrom(feed.seen.pollFrom(query.fromMs));
        RestPage<News> page = client.news(query, feed.cursor);
        for (News n : page.items()) {
            if (feed.seen.contains(n.id) || n.publishedUtc > query.toMs) continue;
            feed.seen.add(n.id, n.publishedUtc);
            batch.add(id, new PositionedRecord(MarketEvent.of(n), n.publishedUtc, n.id));
        }
        for (Reject r : page.rejects()) batch.add(id, new PositionedRecord(MarketEvent.of(r), PositionedRecord.NO_POSITION, null));
        feed.cursor = page.nextCursor();
        if (feed.cursor == null) {
            feed.seen.toSplit(feed.split); // prunes ids that fell out of the look-back window
            if (unbounded) {
                feed.dueAtMs = System.currentTimeMillis() + pollIntervalMs;
            } else {
                batch.addFinishedSplit(id);
                feeds.remove(feed);
            }
        }
        return batch.build();
    }

    private void sleep(long ms) throws IOException {
        synchronized (sleeper) {
            try {
                if (!wakeUp) sleeper.wait(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting to poll news", e);
            } finally {
                wakeUp = false;
            }
        }
    }

    @Override
    public void handleSplitsChanges(SplitsChange<NewsSplit> change) {
        if (!(change instanceof SplitsAddition)) throw new UnsupportedOperationException(change.getClass().getName());
        for (NewsSplit s : change.splits()) feeds.add(new Feed(s, new SeenNews(s, lookbackMs)));
    }

    @Override
    public void wakeUp() {
        synchronized (sleeper) {
            wakeUp = true;
            sleeper.notifyAll();
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** One assigned feed and where its current poll is. */
    private static final class Feed {
        final NewsSplit split;
        final SeenNews seen;
        String cursor;
        long dueAtMs;

        Feed(NewsSplit split, SeenNews seen) {
            this.split = split;
            this.seen = seen;
        }
    }
}
