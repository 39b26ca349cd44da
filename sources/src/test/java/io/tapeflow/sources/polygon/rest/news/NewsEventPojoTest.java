package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;

/** The news payload added to {@link MarketEvent} keeps it a Kryo-free Flink POJO. */
class NewsEventPojoTest {
    @Test
    void marketEventWithNewsIsSerializedAsPojoWithoutKryo() {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(MarketEvent.class);
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(News.class);
    }
}
