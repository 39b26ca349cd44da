package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.serialization.QuoteSerializer;
import io.tapeflow.jobs.serialization.TradeSerializer;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.Trade;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Splits the sources' tagged union into one typed stream per payload: trades on the main output, everything else
 * on side outputs. Stateless, so it chains to the source at no cost.
 *
 * <p>Trades and quotes, the firehose, use hand-written serializers: with object reuse off every chained consumer
 * gets a copy, and PojoSerializer's reflective copy cost as much as a quarter of the archive's CPU.
 */
public class RouteByKind extends ProcessFunction<MarketEvent, Trade> implements ResultTypeQueryable<Trade> {
    public static final OutputTag<Quote> QUOTES = new OutputTag<>("quotes", QuoteSerializer.TYPE);
    public static final OutputTag<Luld> LULD = new OutputTag<>("luld", TypeInformation.of(Luld.class));
    public static final OutputTag<Aggregate> AGGREGATES =
            new OutputTag<>("aggregates", TypeInformation.of(Aggregate.class));
    public static final OutputTag<Gap> GAPS = new OutputTag<>("gaps", TypeInformation.of(Gap.class));
    public static final OutputTag<Reject> REJECTS = new OutputTag<>("rejects", TypeInformation.of(Reject.class));
    public static final OutputTag<News> NEWS = new OutputTag<>("news", TypeInformation.of(News.class));

    @Override
    public TypeInformation<Trade> getProducedType() {
        return TradeSerializer.TYPE;
    }

    @Override
    public void processElement(MarketEvent e, Context ctx, Collector<Trade> out) {
        switch (e.kind) {
            case TRADE:
                out.collect(e.trade);
                break;
            case QUOTE:
                ctx.output(QUOTES, e.quote);
                break;
            case LULD:
                ctx.output(LULD, e.luld);
                break;
            case AGGREGATE:
                ctx.output(AGGREGATES, e.aggregate);
                break;
            case GAP:
                ctx.output(GAPS, e.gap);
                break;
            case REJECT:
                ctx.output(REJECTS, e.reject);
                break;
            case NEWS:
                ctx.output(NEWS, e.news);
                break;
            default:
                throw new IllegalStateException("unhandled event kind " + e.kind);
        }
    }
}
