package io.tapeflow.sinks.mongo;

import com.mongodb.client.model.ReplaceOneModel;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each record becomes an upserting whole-document replace filtered by its _id. */
class UpsertByIdSerializationSchemaTest {

    @Test
    void recordBecomesAnUpsertingReplaceFilteredOnlyByItsId() {
        // Given
        UpsertByIdSerializationSchema<String> schema = new UpsertByIdSerializationSchema<>("bars",
                s -> new BsonDocument("_id", new BsonString(s)).append("revision", new BsonInt32(3)));
        // When
        ReplaceOneModel<BsonDocument> model = schema.toWriteModel("AAPL:1m:0");
        // Then
        assertThat(model.getFilter()).isEqualTo(new BsonDocument("_id", new BsonString("AAPL:1m:0")));
        assertThat(model.getReplacement().getInt32("revision").getValue()).isEqualTo(3);
        assertThat(model.getReplaceOptions().isUpsert()).isTrue();
    }

    @Test
    void documentWithoutIdIsAMapperBugAndFailsLoudly() {
        UpsertByIdSerializationSchema<String> schema =
                new UpsertByIdSerializationSchema<>("bars", s -> new BsonDocument("x", new BsonString(s)));
        assertThatThrownBy(() -> schema.toWriteModel("a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bars").hasMessageContaining("_id");
    }
}
