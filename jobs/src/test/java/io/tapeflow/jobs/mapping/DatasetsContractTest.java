package io.tapeflow.jobs.mapping;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every dataset against CONTRACT.md section 2: column names, Mongo presence, valid records, no Kryo. */
class DatasetsContractTest {

    /**
     * The columns of CONTRACT.md section 2, in order; changelog datasets add {@code revision}, and quotes add
     * {@code size_unit} (WebSocket sizes are round lots, REST and flat-file sizes shares: a column must say which).
     */
    static Stream<Arguments> contract() {
        return Stream.of(
                Arguments.of(Datasets.TRADES, false, List.of("ticker", "sip_ts", "participant_ts", "trf_ts", "exchange",
                        "trade_id", "price", "size", "conditions", "tape", "sequence", "trf_id", "correction", "origin"),
                        List.of(SampleRecords.fullTrade(), SampleRecords.sparseTrade())),
                Arguments.of(Datasets.QUOTES, false, List.of("ticker", "sip_ts", "participant_ts", "bid_price",
                        "bid_size", "bid_exchange", "ask_price", "ask_size", "ask_exchange", "conditions", "indicators",
                        "tape", "sequence", "origin", "size_unit"), List.of(SampleRecords.fullQuote(), new Quote())),
                Arguments.of(Datasets.LULD, false, List.of("ticker", "ts", "upper", "lower", "indicators", "tape",
                        "sequence", "origin"), List.of(SampleRecords.fullLuld(), new Luld())),
                Arguments.of(Datasets.BARS, true, List.of("ticker", "timeframe", "start", "end", "open", "high", "low",
                        "close", "volume", "vwap", "trades", "day_volume", "day_vwap", "rvol", "trading_day", "revision"),
                        List.of(SampleRecords.fullBar(0), SampleRecords.sparseBar())),
                Arguments.of(Datasets.HALTS, true, List.of("halt_id", "ticker", "trading_day", "type", "direction",
                        "status", "evidence", "start_ts", "end_ts", "duration_ms", "last_price", "reopen_price",
                        "band_upper", "band_lower", "halt_index_today", "strength_confirmed", "weakness_confirmed",
                        "news_ids", "updated_at", "revision"),
                        List.of(SampleRecords.fullHalt(1), SampleRecords.sparseHalt())),
                Arguments.of(Datasets.NEWS, true, List.of("id", "source", "published_utc", "title", "teaser", "url",
                        "tickers", "channels"), List.of(SampleRecords.fullNews(), SampleRecords.sparseNews())),
                Arguments.of(Datasets.TICKERS, true, List.of("ticker", "name", "primary_exchange", "market_cap",
                        "share_class_shares_outstanding", "weighted_shares_outstanding", "type", "as_of"),
                        List.of(SampleRecords.fullTicker(), SampleRecords.sparseTicker())),
                Arguments.of(Datasets.GAPS, true, List.of("feed", "start_ts", "end_ts", "tickers", "reason", "repaired",
                        "repaired_at", "revision"), List.of(SampleRecords.fullGap(0), SampleRecords.fullGap(1))),
                Arguments.of(Datasets.REJECTS, true, List.of("origin", "location", "reason", "raw", "seen_at"),
                        List.of(SampleRecords.fullReject(), SampleRecords.sparseReject())));
    }

    private static List<String> fieldNames(Schema schema) {
        return schema.getFields().stream().map(Schema.Field::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contract")
    void avroColumnsAreExactlyTheContractColumns(DatasetSpec<?> spec, boolean mongo, List<String> columns,
            List<?> samples) {
        assertThat(fieldNames(spec.schema())).containsExactlyElementsOf(columns);
        assertThat(spec.hasMongo()).isEqualTo(mongo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contract")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void fullAndSparseRecordsConvertToValidAvroRecords(DatasetSpec spec, boolean mongo, List<String> columns,
            List<?> samples) {
        for (Object sample : samples) {
            // When
            Object record = spec.toAvro(sample);
            // Then the record satisfies the schema (a null in a non-nullable column would fail here)
            assertThat(GenericData.get().validate(spec.schema(), record)).as("%s valid", sample).isTrue();
            assertThat(spec.dayOf(sample)).matches("\\d{4}-\\d{2}-\\d{2}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contract")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void mongoDocumentsHaveAnIdAndTheSameFieldsAsParquet(DatasetSpec spec, boolean mongo, List<String> columns,
            List<?> samples) {
        if (!mongo) {
            assertThatThrownBy(() -> spec.toBson(samples.get(0))).hasMessageContaining("not written to MongoDB");
            return;
        }
        for (Object sample : samples) {
            List<String> expected = new ArrayList<>();
            expected.add("_id");
            expected.addAll(columns);
            assertThat(spec.toBson(sample).keySet()).containsExactlyElementsOf(expected);
            assertThat(spec.toBson(sample).getString("_id").getValue()).isEqualTo(spec.id(sample));
        }
    }

    @Test
    void registryListsTheNineDatasetsAndNamesTheKnownOnesOnAnUnknownName() {
        assertThat(Datasets.all()).extracting(DatasetSpec::name).containsExactly("trades", "quotes", "luld", "bars",
                "halts", "news", "tickers", "gaps", "rejects");
        assertThat(Datasets.byName("halts")).isSameAs(Datasets.HALTS);
        assertThatThrownBy(() -> Datasets.byName("minute_aggs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minute_aggs").hasMessageContaining("trades, quotes");
    }

    @Test
    void everySinkInputTypeIsAFlinkPojoWithoutKryo() {
        for (Class<?> type : List.of(Trade.class, Quote.class, Luld.class, Bar.class, Halt.class, News.class,
                TickerDetails.class, Gap.class, Reject.class)) {
            PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
        }
    }
}
