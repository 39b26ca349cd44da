package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.source.PendingSplitsEnumerator;
import io.tapeflow.sources.polygon.rest.source.SplitListSerializer;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Polygon and/or Benzinga news as {@code NEWS} events (bad items as {@code REJECT}s): bounded over a publication
 * window, or unbounded, polling every interval and emitting each vendor id once.
 *
 * <pre>{@code
 * NewsSource live = NewsSource.builder()
 *         .clients(PolygonRestClientFactory.okHttp(config, ApiKeySupplier.fromEnvironment()))
 *         .vendors(News.POLYGON, News.BENZINGA)
 *         .startingAt(Instant.parse("2024-06-24T13:30:00Z"))
 *         .pollEvery(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 */
public final class NewsSource implements Source<MarketEvent, NewsSplit, List<NewsSplit>>, ResultTypeQueryable<MarketEvent> {
    private static final long serialVersionUID = 1L;

    private final PolygonRestClientFactory clients;
    private final List<NewsSplit> splits;
    private final boolean unbounded;
    private final long pollIntervalMs;
    private final long lookbackMs;

    NewsSource(PolygonRestClientFactory clients, List<NewsSplit> splits, boolean unbounded, long pollIntervalMs, long lookbackMs) {
        this.clients = clients;
        this.splits = List.copyOf(splits);
        this.unbounded = unbounded;
        this.pollIntervalMs = pollIntervalMs;
        this.lookbackMs = lookbackMs;
    }

    public static NewsSourceBuilder builder() {
        return new NewsSourceBuilder();
    }

    @Override
    public Boundedness getBoundedness() {
        return unbounded ? Boundedness.CONTINUOUS_UNBOUNDED : Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<MarketEvent, NewsSplit> createReader(SourceReaderContext context) {
        return new NewsSourceReader(clients, unbounded, pollIntervalMs, lookbackMs, context);
    }

    @Override
    public SplitEnumerator<NewsSplit, List<NewsSplit>> createEnumerator(SplitEnumeratorContext<NewsSplit> context) {
        return new PendingSplitsEnumerator<>(context, splits);
    }

    @Override
    public SplitEnumerator<NewsSplit, List<NewsSplit>> restoreEnumerator(SplitEnumeratorContext<NewsSplit> context,
            List<NewsSplit> checkpoint) {
        return new PendingSplitsEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<NewsSplit> getSplitSerializer() {
        return new NewsSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<List<NewsSplit>> getEnumeratorCheckpointSerializer() {
        return new SplitListSerializer<>(new NewsSplitSerializer());
    }

    @Override
    public TypeInformation<MarketEvent> getProducedType() {
        return TypeInformation.of(MarketEvent.class);
    }
}
