package io.tapeflow.sinks.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The H2 MVStore value type of the embedded server's documents: stores each as BSON, with mongo-java-server's own
 * wire encoder and decoder, instead of H2's default Java serialization of the {@code Document} object graph.
 *
 * <p>Why: after {@link KeyValueDataType}, Java-serializing documents when the MVStore writes pages was the largest
 * cost left inside the store, and BSON round-trips everything a client can send (the documents came in as BSON).
 */
final class BsonDocumentDataType extends BasicDataType<Document> {

    @Override
    public int getMemory(Document document) {
        // MVStore samples this to size its page cache; an object graph takes about twice its BSON size.
        ByteBuf bson = encode(document);
        try {
            return 64 + 2 * bson.readableBytes();
        } finally {
            bson.release();
        }
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bson = encode(document);
        try {
            buff.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
        } finally {
            bson.release();
        }
    }

    private static ByteBuf encode(Document document) {
        ByteBuf bson = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(document, bson);
        return bson;
    }

    @Override
    public Document read(ByteBuffer buff) {
        // A BSON document starts with its own length (int32, little-endian), which ends this value.
        int length = buff.order(ByteOrder.LITTLE_ENDIAN).getInt(buff.position());
        buff.order(ByteOrder.BIG_ENDIAN);
        ByteBuffer bson = buff.slice().limit(length).order(ByteOrder.BIG_ENDIAN);
        buff.position(buff.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
