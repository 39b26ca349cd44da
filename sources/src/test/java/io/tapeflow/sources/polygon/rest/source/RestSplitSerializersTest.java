package io.tapeflow.sources.polygon.rest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.NewsQuery;
import io.tapeflow.sources.polygon.rest.aggs.RestAggregatesSplit;
import io.tapeflow.sources.polygon.rest.aggs.RestAggregatesSplitSerializer;
import io.tapeflow.sources.polygon.rest.news.NewsSplit;
import io.tapeflow.sources.polygon.rest.news.NewsSplitSerializer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips and frozen version-1 layouts of the REST split and enumerator serializers. */
class RestSplitSerializersTest {
    private static final RestAggregatesSplit AGGS = new RestAggregatesSplit("BRK.A", Aggregate.DAY,
            LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"), 1704085200000L);
    private static final NewsSplit NEWS = new NewsSplit(new NewsQuery(News.BENZINGA, 5L, NewsQuery.OPEN_END, "AAPL", 1000),
            200_000L, new String[] {"b", "c"}, new long[] {190_000L, 200_000L});

    @Test
    void aggregatesSplitRoundTripsAndReadsItsVersion1Layout() throws IOException {
        // Given the v1 layout written by hand
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("BRK.A");
        out.writeUTF("1d");
        out.writeLong(LocalDate.parse("2024-01-01").toEpochDay());
        out.writeLong(LocalDate.parse("2024-12-31").toEpochDay());
        out.writeLong(1704085200000L);
        RestAggregatesSplitSerializer s = new RestAggregatesSplitSerializer();

        // When / Then
        assertThat(s.deserialize(RestAggregatesSplitSerializer.VERSION_1, bytes.toByteArray())).isEqualTo(AGGS);
        assertThat(s.serialize(AGGS)).isEqualTo(bytes.toByteArray());
        assertThat(s.deserialize(s.getVersion(), s.serialize(AGGS))).isEqualTo(AGGS);
    }

    @Test
    void newsSplitRoundTripsAndReadsItsVersion1Layout() throws IOException {
        // Given the v1 layout written by hand
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("benzinga");
        out.writeLong(5L);
        out.writeLong(Long.MAX_VALUE);
        out.writeBoolean(true);
        out.writeUTF("AAPL");
        out.writeInt(1000);
        out.writeLong(200_000L);
        out.writeInt(2);
        out.writeUTF("b");
        out.writeLong(190_000L);
        out.writeUTF("c");
        out.writeLong(200_000L);
        NewsSplitSerializer s = new NewsSplitSerializer();

        // When / Then
        assertThat(s.deserialize(NewsSplitSerializer.VERSION_1, bytes.toByteArray())).isEqualTo(NEWS);
        assertThat(s.serialize(NEWS)).isEqualTo(bytes.toByteArray());
        NewsSplit all = NewsSplit.fresh(new NewsQuery(News.POLYGON, 0, 10, null, 10));
        assertThat(s.deserialize(s.getVersion(), s.serialize(all))).isEqualTo(all);
    }

    @Test
    void splitListRoundTripsAndReadsItsVersion1Layout() throws IOException {
        // Given
        RestAggregatesSplitSerializer inner = new RestAggregatesSplitSerializer();
        SplitListSerializer<RestAggregatesSplit> s = new SplitListSerializer<>(inner);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(1);
        out.writeInt(1);
        byte[] one = inner.serialize(AGGS);
        out.writeInt(one.length);
        out.write(one);

        // When / Then
        assertThat(s.deserialize(SplitListSerializer.VERSION_1, bytes.toByteArray())).containsExactly(AGGS);
        assertThat(s.deserialize(s.getVersion(), s.serialize(List.of(AGGS, AGGS.withLastStartMs(1))))).containsExactly(AGGS,
                AGGS.withLastStartMs(1));
    }
}
