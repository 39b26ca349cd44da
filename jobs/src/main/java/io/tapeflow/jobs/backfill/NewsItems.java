package io.tapeflow.jobs.backfill;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * The REST news source's items as {@link News}; its rejects (an HTTP error body, an undecodable item) are counted in
 * {@code newsRejects} because the pipeline's news input carries news only.
 */
public final class NewsItems extends RichFlatMapFunction<MarketEvent, News> {
    private static final long serialVersionUID = 1L;
    private transient Counter rejects;

    @Override
    public void open(OpenContext openContext) {
        rejects = getRuntimeContext().getMetricGroup().counter("newsRejects");
    }

    @Override
    public void flatMap(MarketEvent e, Collector<News> out) {
        if (e != null && e.kind == EventKind.NEWS && e.news != null) {
            out.collect(e.news);
        } else {
            rejects.inc();
        }
    }
}
