package io.tapeflow.jobs.bench;

import io.tapeflow.jobs.serialization.MarketEventSerializer;
import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.cli.ApiKeys;
import io.tapeflow.jobs.mapping.Datasets;
import io.tapeflow.jobs.pipeline.RouteByKind;
import io.tapeflow.jobs.pipeline.SinkOutputs;
import io.tapeflow.jobs.pipeline.Watermarks;
import io.tapeflow.jobs.serialization.QuoteSerializer;
import io.tapeflow.jobs.serialization.TradeSerializer;
import io.tapeflow.sinks.mongo.MongoSinkOptions;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.polygon.websocket.PolygonWebSocketSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The live benchmark's job: the WebSocket source, decode and the raw archive (trades and quotes to Parquet), the
 * same operators and uids as the live pipeline's first stages, without the market semantics behind them.
 */
final class ArchiveJob {
    private ArchiveJob() {}

    static void define(StreamExecutionEnvironment env, String wsUrl, String parquetDir) {
        define(env, wsUrl, parquetDir, false);
    }

    /** @param probeLatency put a {@link LatencyProbe} in front of each archive writer */
    static void define(StreamExecutionEnvironment env, String wsUrl, String parquetDir, boolean probeLatency) {
        PolygonWebSocketSource source = PolygonWebSocketSource.builder()
                .setUrl(wsUrl)
                .setApiKeySupplier(() -> ApiKeys.SIMULATOR_KEY)
                .setTickers("*")
                .setChannels("T", "Q")
                .build();
        DataStream<MarketEvent> events = env.fromSource(source, Watermarks.live(), OperatorUids.SOURCE_WEBSOCKET_NAME,
                        MarketEventSerializer.TYPE)
                .setParallelism(1)
                .uid(OperatorUids.SOURCE_WEBSOCKET)
                .name(OperatorUids.SOURCE_WEBSOCKET_NAME);
        SingleOutputStreamOperator<Trade> trades = events.process(new RouteByKind())
                .setParallelism(events.getParallelism())
                .uid(OperatorUids.ROUTE_BY_KIND)
                .name(OperatorUids.ROUTE_BY_KIND_NAME);
        SinkOutputs archive = new SinkOutputs(parquetDir, ParquetSinkOptions.defaults(), null, null,
                MongoSinkOptions.defaults());
        DataStream<Trade> tradeOut = trades;
        DataStream<Quote> quoteOut = trades.getSideOutput(RouteByKind.QUOTES);
        if (probeLatency) {
            // Chained, with the router's own types: the probe adds no shuffle or copy that the live path lacks.
            tradeOut = tradeOut.map(new LatencyProbe<Trade>(Trade::eventTimeMillis)).returns(TradeSerializer.TYPE)
                    .setParallelism(trades.getParallelism())
                    .uid("bench-latency-probe-trades").name("Latency probe (trades)");
            quoteOut = quoteOut.map(new LatencyProbe<Quote>(Quote::eventTimeMillis)).returns(QuoteSerializer.TYPE)
                    .setParallelism(trades.getParallelism())
                    .uid("bench-latency-probe-quotes").name("Latency probe (quotes)");
        }
        archive.write(Datasets.TRADES, tradeOut);
        archive.write(Datasets.QUOTES, quoteOut);
    }
}
