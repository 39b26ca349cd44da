package io.tapeflow.jobs.serialization;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Reject;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;

/**
 * {@link MarketEvent} serializer for the sources' output: the hot payloads (trades, quotes) through the hand-written
 * serializers, the rare ones (LULD, aggregates, gaps, rejects, news) through their POJO serializers.
 *
 * <p>Why: every source is chained to the router, and without object reuse Flink deep-copies each record on that
 * hop. The reflective POJO copy of the union was a tenth of the live task thread's CPU (JFR, live bench). Not used
 * for state: only stream edges, so its format is free to change.
 */
public final class MarketEventSerializer extends RecordSerializer<MarketEvent> {
    private static final long serialVersionUID = 1L;
    private static final EventKind[] KINDS = EventKind.values();

    public static final TypeInformation<MarketEvent> TYPE =
            new SerializerTypeInfo<>(MarketEvent.class, new MarketEventSerializer());

    private final TypeSerializer<Luld> luld = pojo(Luld.class);
    private final TypeSerializer<Aggregate> aggregate = pojo(Aggregate.class);
    private final TypeSerializer<Gap> gap = pojo(Gap.class);
    private final TypeSerializer<Reject> reject = pojo(Reject.class);
    private final TypeSerializer<News> news = pojo(News.class);

    private static <T> TypeSerializer<T> pojo(Class<T> type) {
        return Types.POJO(type).createSerializer(new SerializerConfigImpl());
    }

    /** The POJO serializers keep caches, so each thread gets its own instance (not the singleton's {@code this}). */
    @Override
    public MarketEventSerializer duplicate() {
        return new MarketEventSerializer();
    }

    @Override
    public MarketEvent createInstance() {
        return new MarketEvent();
    }

    @Override
    public MarketEvent copy(MarketEvent from) {
        if (from == null) return null;
        MarketEvent e = new MarketEvent();
        e.kind = from.kind;
        e.trade = from.trade == null ? null : TradeSerializer.INSTANCE.copy(from.trade);
        e.quote = from.quote == null ? null : QuoteSerializer.INSTANCE.copy(from.quote);
        e.luld = from.luld == null ? null : luld.copy(from.luld);
        e.aggregate = from.aggregate == null ? null : aggregate.copy(from.aggregate);
        e.gap = from.gap == null ? null : gap.copy(from.gap);
        e.reject = from.reject == null ? null : reject.copy(from.reject);
        e.news = from.news == null ? null : news.copy(from.news);
        return e;
    }

    @Override
    public void serialize(MarketEvent e, DataOutputView out) throws IOException {
        out.writeByte(e.kind == null ? -1 : e.kind.ordinal());
        out.writeByte((e.trade != null ? 1 : 0) | (e.quote != null ? 2 : 0) | (e.luld != null ? 4 : 0)
                | (e.aggregate != null ? 8 : 0) | (e.gap != null ? 16 : 0) | (e.reject != null ? 32 : 0)
                | (e.news != null ? 64 : 0));
        if (e.trade != null) TradeSerializer.INSTANCE.serialize(e.trade, out);
        if (e.quote != null) QuoteSerializer.INSTANCE.serialize(e.quote, out);
        if (e.luld != null) luld.serialize(e.luld, out);
        if (e.aggregate != null) aggregate.serialize(e.aggregate, out);
        if (e.gap != null) gap.serialize(e.gap, out);
        if (e.reject != null) reject.serialize(e.reject, out);
        if (e.news != null) news.serialize(e.news, out);
    }

    @Override
    public MarketEvent deserialize(DataInputView in) throws IOException {
        MarketEvent e = new MarketEvent();
        int kind = in.readByte();
        e.kind = kind < 0 ? null : KINDS[kind];
        int present = in.readByte();
        if ((present & 1) != 0) e.trade = TradeSerializer.INSTANCE.deserialize(in);
        if ((present & 2) != 0) e.quote = QuoteSerializer.INSTANCE.deserialize(in);
        if ((present & 4) != 0) e.luld = luld.deserialize(in);
        if ((present & 8) != 0) e.aggregate = aggregate.deserialize(in);
        if ((present & 16) != 0) e.gap = gap.deserialize(in);
        if ((present & 32) != 0) e.reject = reject.deserialize(in);
        if ((present & 64) != 0) e.news = news.deserialize(in);
        return e;
    }

    @Override
    public TypeSerializerSnapshot<MarketEvent> snapshotConfiguration() {
        return new Snapshot();
    }

    /** The serializer has no configuration: its nested serializers follow from the model classes. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<MarketEvent> {
        public Snapshot() {
            super(MarketEventSerializer::new);
        }
    }
}
