package io.tapeflow.jobs.operators.news;

import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.sources.model.News;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** One news item to one {@link TickerEvent} per distinct ticker it names, so it can join that ticker's halts. */
public class NewsFanOut implements FlatMapFunction<News, TickerEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(News n, Collector<TickerEvent> out) {
        if (n == null || n.id == null || n.tickers == null) return;
        Set<String> seen = new LinkedHashSet<>();
        for (String t : n.tickers) {
            if (t != null && !t.isBlank() && seen.add(t)) out.collect(TickerEvent.news(t, n.id, n.publishedUtc));
        }
    }
}
