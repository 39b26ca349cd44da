package io.tapeflow.sources.polygon.rest.aggs;

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
 * A bounded source of REST minute or day bars ({@code adjusted=false}, origin {@code rest}) for tickers over a date
 * range: {@code --source rest} backfill and gap repair.
 *
 * <pre>{@code
 * RestAggregatesSource source = RestAggregatesSource.builder()
 *         .clients(PolygonRestClientFactory.okHttp(config, ApiKeySupplier.fromEnvironment()))
 *         .tickers("AAPL", "MSFT").timeframe(Aggregate.MINUTE)
 *         .dateRange(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-03-28"))
 *         .build();
 * }</pre>
 */
public final class RestAggregatesSource implements Source<MarketEvent, RestAggregatesSplit, List<RestAggregatesSplit>>,
        ResultTypeQueryable<MarketEvent> {
    private static final long serialVersionUID = 1L;

    private final PolygonRestClientFactory clients;
    private final List<RestAggregatesSplit> splits;

    RestAggregatesSource(PolygonRestClientFactory clients, List<RestAggregatesSplit> splits) {
        this.clients = clients;
        this.splits = List.copyOf(splits);
    }

    public static RestAggregatesSourceBuilder builder() {
        return new RestAggregatesSourceBuilder();
    }

    /** The ticker × chunk splits this source will read, in order. */
    public List<RestAggregatesSplit> splits() {
        return splits;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<MarketEvent, RestAggregatesSplit> createReader(SourceReaderContext context) {
        return new RestAggregatesSourceReader(clients, context);
    }

    @Override
    public SplitEnumerator<RestAggregatesSplit, List<RestAggregatesSplit>> createEnumerator(
            SplitEnumeratorContext<RestAggregatesSplit> context) {
        return new PendingSplitsEnumerator<>(context, splits);
    }

    @Override
    public SplitEnumerator<RestAggregatesSplit, List<RestAggregatesSplit>> restoreEnumerator(
            SplitEnumeratorContext<RestAggregatesSplit> context, List<RestAggregatesSplit> checkpoint) {
        return new PendingSplitsEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<RestAggregatesSplit> getSplitSerializer() {
        return new RestAggregatesSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<List<RestAggregatesSplit>> getEnumeratorCheckpointSerializer() {
        return new SplitListSerializer<>(new RestAggregatesSplitSerializer());
    }

    @Override
    public TypeInformation<MarketEvent> getProducedType() {
        return TypeInformation.of(MarketEvent.class);
    }
}
