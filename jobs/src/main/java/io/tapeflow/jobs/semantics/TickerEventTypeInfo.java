package io.tapeflow.jobs.semantics;

import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** Type information of the semantics' event streams, serialized by {@link TickerEventSerializer}. */
public final class TickerEventTypeInfo extends TypeInformation<TickerEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<TickerEvent> getTypeClass() {
        return TickerEvent.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<TickerEvent> createSerializer(SerializerConfig config) {
        return TickerEventSerializer.INSTANCE;
    }

    @Override
    @Deprecated
    public TypeSerializer<TickerEvent> createSerializer(ExecutionConfig config) {
        return TickerEventSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "TickerEvent(hand-written serializer)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TickerEventTypeInfo;
    }

    @Override
    public int hashCode() {
        return TickerEventTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof TickerEventTypeInfo;
    }
}
