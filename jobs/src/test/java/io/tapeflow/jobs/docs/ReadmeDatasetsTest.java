package io.tapeflow.jobs.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.mapping.DatasetSpec;
import io.tapeflow.jobs.mapping.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** README.md documents every dataset's columns exactly as the Avro schemas write them, in order. */
class ReadmeDatasetsTest {
    private static final Pattern COLUMN = Pattern.compile("^\\| `([a-z_]+)` \\|");

    @Test
    void readmeListsEveryDatasetColumnInSchemaOrder() throws Exception {
        // Given
        String readme = Files.readString(Path.of("..", "README.md"));

        for (DatasetSpec<?> dataset : Datasets.all()) {
            // When
            List<String> documented = columnsOf(readme, dataset.name());

            // Then
            List<String> written = dataset.schema().getFields().stream().map(Schema.Field::name).toList();
            assertThat(documented).as("README columns of " + dataset.name()).isEqualTo(written);
        }
    }

    private static List<String> columnsOf(String readme, String dataset) {
        int heading = readme.indexOf("#### `" + dataset + "`");
        assertThat(heading).as("README section for " + dataset).isGreaterThanOrEqualTo(0);
        List<String> columns = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(heading).split("\n")) {
            Matcher m = COLUMN.matcher(line);
            if (m.find()) {
                columns.add(m.group(1));
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        return columns;
    }
}
