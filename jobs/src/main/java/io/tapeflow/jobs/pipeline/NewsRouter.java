package io.tapeflow.jobs.pipeline;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Splits the REST news source's output: news items on the main output, its rejects (an HTTP error body, an
 * undecodable item) on {@link RouteByKind#REJECTS} so they reach the {@code rejects} dataset in live and backfill.
 */
public final class NewsRouter extends ProcessFunction<MarketEvent, News> {
    private static final long serialVersionUID = 1L;

    @Override
    public void processElement(MarketEvent e, Context ctx, Collector<News> out) {
        if (e.kind == EventKind.NEWS && e.news != null) out.collect(e.news);
        else if (e.kind == EventKind.REJECT && e.reject != null) ctx.output(RouteByKind.REJECTS, e.reject);
    }
}
