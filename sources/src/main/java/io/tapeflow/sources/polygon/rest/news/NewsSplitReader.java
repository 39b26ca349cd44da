package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.PolygonAuthException;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.PolygonRestException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the assigned news feeds: one page per {@link #fetch()}; after the last page of a poll a bounded feed
 * finishes and an unbounded one waits for the poll interval (interruptible by {@link #wakeUp()}).
 */
final class NewsSplitReader implements SplitReader<PositionedRecord, NewsSplit> {
    private static final Logger LOG = LoggerFactory.getLogger(NewsSplitReader.class);
    private final PolygonRestClient client;
    private final boolean unbounded;
    private final long pollIntervalMs;
    private final long lookbackMs;
    private final List<Feed> feeds = new ArrayList<>();
    private final Object sleeper = new Object();
    private boolean wakeUp;
    private int next;
    private long failedPolls;

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
        RestPage<News> page;
        try {
            page = client.news(query, feed.cursor);
        } catch (PolygonAuthException e) {
            if (e.httpStatus() != 403) throw e; // a bad key is a misconfiguration: fail
            // A plan without this vendor (Benzinga is a separate add-on): one line, then the other feeds go on.
            LOG.warn("News feed {} disabled: the plan is not entitled to it (HTTP 403)", id);
            batch.addFinishedSplit(id);
            feeds.remove(feed);
            return batch.build();
        } catch (PolygonRestException e) {
            if (!unbounded) throw e; // a bounded window must be complete: let Flink's restart strategy retry it
            // Polled news is best effort: an outage (retries exhausted, breaker open) costs one poll, not the job.
            if (failedPolls++ % 100 == 0) LOG.warn("News feed {} poll failed ({} so far): {}", id, failedPolls, e.getMessage());
            feed.cursor = null;
            feed.dueAtMs = System.currentTimeMillis() + pollIntervalMs;
            return batch.build();
        }
        for (News n : page.items()) {
            if (feed.seen.contains(n.id) || n.publishedUtc > query.toMs) continue;
            feed.seen.add(n.id, n.publishedUtc);
            batch.add(id, new PositionedRecord(MarketEvent.of(n), n.publishedUtc, n.id));
        }
        for (Reject r : page.rejects()) batch.add(id, new PositionedRecord(MarketEvent.of(r), PositionedRecord.NO_POSITION, null));
        feed.cursor = page.nextCursor();
        if (feed.cursor == null) {
            feed.seen.toSplit(feed.split); // prunes ids that fell out of the look-back window
            // a polled feed with an end (a run --until) finishes after the first poll completed past that end
            boolean ended = query.toMs != NewsQuery.OPEN_END && System.currentTimeMillis() > query.toMs;
            if (unbounded && !ended) {
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
