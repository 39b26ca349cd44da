package io.tapeflow.jobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assertions over {@link PipelineOutputs}: that a reference run says something, and that another run equals it. */
final class Outcomes {
    private Outcomes() {}

    /** The reference run wrote the datasets the comparison relies on, so an equal result means something. */
    static void assertSubstantial(PipelineOutputs reference) {
        for (String dataset : List.of("trades", "bars", "halts", "tickers", "rejects")) {
            assertThat(reference.parquet().get(dataset)).as("Parquet %s of the reference run (%s)", dataset, reference.sizes()).isNotEmpty();
        }
        for (String collection : List.of("bars", "halts", "tickers", "rejects")) {
            assertThat(reference.mongo().get(collection)).as("MongoDB %s of the reference run (%s)", collection, reference.sizes())
                    .isNotEmpty();
        }
    }

    /** Same datasets, same collections, and in each the same rows as often (lost and duplicated rows are listed). */
    static void assertSame(PipelineOutputs actual, PipelineOutputs expected) {
        assertThat(actual.parquet().keySet()).isEqualTo(expected.parquet().keySet());
        assertThat(actual.mongo().keySet()).isEqualTo(expected.mongo().keySet());
        expected.parquet().forEach((k, rows) -> assertEqualRows("Parquet " + k, actual.parquet().get(k), rows));
        expected.mongo().forEach((k, docs) -> assertEqualRows("MongoDB " + k, actual.mongo().get(k), docs));
    }

    private static void assertEqualRows(String what, List<String> actual, List<String> expected) {
        assertThat(differences(actual, expected)).as(what + " (" + actual.size() + " rows, expected "
                + expected.size() + "): rows missing (-) or extra (+)").isEmpty();
        assertThat(actual).as(what).isEqualTo(expected);
    }

    /** Rows missing from {@code actual} ({@code -}) and rows it has in excess ({@code +}), at most 10. */
    static List<String> differences(List<String> actual, List<String> expected) {
        Map<String, Integer> balance = new HashMap<>();
        expected.forEach(r -> balance.merge(r, 1, Integer::sum));
        actual.forEach(r -> balance.merge(r, -1, Integer::sum));
        List<String> out = new ArrayList<>();
        balance.forEach((row, n) -> {
            if (n != 0 && out.size() < 10) out.add((n > 0 ? "-" + n + " " : "+" + (-n) + " ") + row);
        });
        return out;
    }
}
