package io.tapeflow.sinks.parquet;

import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

import java.io.IOException;

/**
 * Adapts the stream a Flink {@code FileSink} hands to a bulk writer to Parquet's {@link OutputFile}.
 *
 * <p>Flink has the same adapter but package-private; we need our own to build a Parquet writer with compression and
 * the standard (3-level) list layout, which {@code AvroParquetWriters} does not expose.
 */
final class FlinkOutputFile implements OutputFile {
    private final FSDataOutputStream out;

    FlinkOutputFile(FSDataOutputStream out) {
        this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
        return new PositionOutputStream() {
            @Override
            public long getPos() throws IOException {
                return out.getPos();
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() {
                // The FileSink owns the stream and closes it on commit; Parquet must not.
            }
        };
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
        return create(blockSizeHint);
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }
}
