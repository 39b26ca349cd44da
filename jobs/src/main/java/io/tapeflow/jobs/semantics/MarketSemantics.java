package io.tapeflow.jobs.semantics;

import io.tapeflow.jobs.serialization.SerializerTypeInfo;
import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.bars.BarBuilder;
import io.tapeflow.jobs.operators.halt.HaltDetector;
import io.tapeflow.jobs.operators.news.NewsFanOut;
import io.tapeflow.jobs.operators.news.NewsNeverHoldsBack;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Builds the market-semantics part of the graph, the same in live, backfill, demo and tests: bars and halts keyed by
 * ticker, in event time, every stateful operator with a uid from {@link OperatorUids}.
 *
 * <pre>{@code
 * SemanticsStreams s = MarketSemantics.apply(events, news, new SemanticsOptions());
 * s.bars().sinkTo(...); s.halts().sinkTo(...); s.rejects().sinkTo(...);
 * }</pre>
 *
 * <p>Inputs must carry event timestamps and watermarks. Prefer the {@link MarketEvent} overload: one stream keeps each
 * ticker's events in source order, which is what a ticker-sorted backfill needs; see {@link EventSequencer} and the
 * package documentation for the watermark and idleness policy.
 */
public final class MarketSemantics {
    // the stream edges only (state declares its own POJO type): see TickerEventSerializer
    static final TypeInformation<TickerEvent> EVENT = new SerializerTypeInfo<>(TickerEvent.class, TickerEventSerializer.INSTANCE);
    private static final OutputTag<TickerEvent> BAR_INPUT = new OutputTag<>("semantics-bar-input", EVENT);

    private MarketSemantics() {}

    /** The graph over one market-event stream (trades, quotes, LULD, aggregates; gaps and rejects are ignored). */
    public static SemanticsStreams apply(DataStream<MarketEvent> events, DataStream<News> news, SemanticsOptions opts) {
        return apply(events, null, news, opts);
    }

    /**
     * As above, plus minute aggregates fetched after the fact (gap repair): they join the bar builder's input only,
     * after the split, so the market stream's forward, chained edge and every existing uid stay as they are.
     *
     * @param repaired REST minute aggregates, or null
     */
    public static SemanticsStreams apply(DataStream<MarketEvent> events, DataStream<Aggregate> repaired,
            DataStream<News> news, SemanticsOptions opts) {
        opts.validate();
        // same parallelism as the input: a forward, chained edge keeps each source subtask's per-ticker order
        SingleOutputStreamOperator<TickerEvent> haltInput = events.process(new Split()).returns(EVENT)
                .uid(OperatorUids.SEMANTICS_MARKET_IN).name(OperatorUids.SEMANTICS_MARKET_IN_NAME)
                .setParallelism(events.getParallelism());
        DataStream<TickerEvent> barInput = haltInput.getSideOutput(BAR_INPUT);
        if (repaired != null) {
            // the bar builder treats a repaired minute like a late feed aggregate (BarMath: trades win)
            barInput = barInput.union(repaired.map(TickerEvent::of).returns(EVENT)
                    .uid(OperatorUids.SEMANTICS_REPAIRS_IN).name(OperatorUids.SEMANTICS_REPAIRS_IN_NAME));
        }
        return build(haltInput, barInput, news, opts);
    }

    /** The graph over separate typed streams (see the class note on ordering). */
    public static SemanticsStreams apply(DataStream<Trade> trades, DataStream<Quote> quotes, DataStream<Luld> luld,
            DataStream<Aggregate> aggs, DataStream<News> news, SemanticsOptions opts) {
        opts.validate();
        DataStream<TickerEvent> t = trades.map(TickerEvent::of).returns(EVENT)
                .uid(OperatorUids.SEMANTICS_TRADES_IN).name(OperatorUids.SEMANTICS_TRADES_IN_NAME)
                .setParallelism(trades.getParallelism());
        DataStream<TickerEvent> q = quotes.map(TickerEvent::of).returns(EVENT)
                .uid(OperatorUids.SEMANTICS_QUOTES_IN).name(OperatorUids.SEMANTICS_QUOTES_IN_NAME)
                .setParallelism(quotes.getParallelism());
        DataStream<TickerEvent> l = luld.map(TickerEvent::of).returns(EVENT)
                .uid(OperatorUids.SEMANTICS_LULD_IN).name(OperatorUids.SEMANTICS_LULD_IN_NAME)
                .setParallelism(luld.getParallelism());
        DataStream<TickerEvent> a = aggs.filter(g -> Aggregate.MINUTE.equals(g.timeframe))
                .uid(OperatorUids.SEMANTICS_AGGS_FILTER).name(OperatorUids.SEMANTICS_AGGS_FILTER_NAME)
                .setParallelism(aggs.getParallelism())
                .map(TickerEvent::of).returns(EVENT)
                .uid(OperatorUids.SEMANTICS_AGGS_IN).name(OperatorUids.SEMANTICS_AGGS_IN_NAME)
                .setParallelism(aggs.getParallelism());
        return build(t.union(q, l), t.union(a), news, opts);
    }

    private static SemanticsStreams build(DataStream<TickerEvent> haltMarket, DataStream<TickerEvent> barInput,
            DataStream<News> news, SemanticsOptions opts) {
        DataStream<TickerEvent> newsEvents = news.flatMap(new NewsFanOut()).returns(EVENT)
                .uid(OperatorUids.SEMANTICS_NEWS_FANOUT).name(OperatorUids.SEMANTICS_NEWS_FANOUT_NAME)
                .assignTimestampsAndWatermarks(NewsNeverHoldsBack.strategy())
                .uid(OperatorUids.SEMANTICS_NEWS_WATERMARKS).name(OperatorUids.SEMANTICS_NEWS_WATERMARKS_NAME);
        DataStream<Halt> halts = haltMarket.union(newsEvents)
                .keyBy(e -> e.ticker, Types.STRING)
                .process(new HaltDetector(opts)).returns(Types.POJO(Halt.class))
                .uid(OperatorUids.HALT_DETECTOR).name(OperatorUids.HALT_DETECTOR_NAME);
        SingleOutputStreamOperator<Bar> bars = barInput
                .keyBy(e -> e.ticker, Types.STRING)
                .process(new BarBuilder(opts)).returns(Types.POJO(Bar.class))
                .uid(OperatorUids.BAR_BUILDER).name(OperatorUids.BAR_BUILDER_NAME);
        return new SemanticsStreams(bars, halts, bars.getSideOutput(BarBuilder.REJECTS));
    }

    /** Market events to ticker events: everything but aggregates to the halt input, trades and 1m aggregates to bars. */
    static final class Split extends ProcessFunction<MarketEvent, TickerEvent> {
        private static final long serialVersionUID = 1L;

        @Override
        public void processElement(MarketEvent m, Context ctx, Collector<TickerEvent> out) {
            if (m == null || m.kind == null) return;
            if (m.kind == EventKind.TRADE && m.trade != null) {
                TickerEvent e = TickerEvent.of(m.trade);
                out.collect(e);
                ctx.output(BAR_INPUT, e);
            } else if (m.kind == EventKind.QUOTE && m.quote != null) {
                out.collect(TickerEvent.of(m.quote));
            } else if (m.kind == EventKind.LULD && m.luld != null) {
                out.collect(TickerEvent.of(m.luld));
            } else if (m.kind == EventKind.AGGREGATE && m.aggregate != null
                    && Aggregate.MINUTE.equals(m.aggregate.timeframe)) {
                ctx.output(BAR_INPUT, TickerEvent.of(m.aggregate));
            }
        }
    }
}
