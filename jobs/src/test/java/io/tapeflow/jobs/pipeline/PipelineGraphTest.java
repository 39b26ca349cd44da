package io.tapeflow.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.live.EmptySource;
import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.junit.jupiter.api.Test;

/** The pipeline is one graph: the same operator uids with or without REST, the enrichment operators included. */
class PipelineGraphTest {

    private static Set<String> uids(PolygonRestClientFactory rest) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        DataStream<MarketEvent> events = env.fromSource(new EmptySource<>(TypeInformation.of(MarketEvent.class)),
                WatermarkStrategy.noWatermarks(), "events").uid("test-events");
        DataStream<News> news = env.fromSource(new EmptySource<>(TypeInformation.of(News.class)),
                WatermarkStrategy.noWatermarks(), "news").uid(OperatorUids.SOURCE_NEWS);
        PipelineSettings settings = new PipelineSettings();
        settings.rest = rest;
        TapeflowPipeline.build(events, news, new Outputs() {
            @Override
            public <T> void write(DatasetSpec<T> dataset, DataStream<T> stream) {
                stream.sinkTo(new DiscardingSink<>()).uid("test-sink-" + dataset.name());
            }
        }, settings);
        Set<String> uids = new TreeSet<>();
        for (StreamNode n : env.getStreamGraph().getStreamNodes()) {
            if (n.getTransformationUID() != null) uids.add(n.getTransformationUID());
        }
        return uids;
    }

    @Test
    void withAndWithoutRestTheGraphHasTheSameUidsIncludingEnrichment() {
        // Given / When a graph without REST (backfill, tests) and one with (live)
        Set<String> without = uids(null);
        Set<String> with = uids(() -> {
            throw new IllegalStateException("clients are created on the TaskManagers only");
        });

        // Then
        assertThat(with).isEqualTo(without).contains(OperatorUids.GAP_REPAIR_TICKERS, OperatorUids.GAP_REPAIR,
                OperatorUids.GAP_REPAIR_ROUTE, OperatorUids.SEMANTICS_REPAIRS_IN, OperatorUids.TICKERS_FIRST_OF_DAY,
                OperatorUids.TICKERS_DEDUP, OperatorUids.TICKERS_LOOKUP, OperatorUids.TICKERS_LOOKUP_SPLIT,
                "test-sink-gaps", "test-sink-tickers");
    }
}
