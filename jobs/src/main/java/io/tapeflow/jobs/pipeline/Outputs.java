package io.tapeflow.jobs.pipeline;

import io.tapeflow.jobs.mapping.DatasetSpec;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Where the pipeline's datasets go: the seam between the operator graph and its sinks. Production attaches Parquet
 * and MongoDB sinks ({@link SinkOutputs}); tests attach collecting sinks. Implementations give every sink a uid and
 * name from {@link io.tapeflow.jobs.OperatorUids}.
 */
public interface Outputs {
    /** Sends a stream to a dataset of CONTRACT section 2. */
    <T> void write(DatasetSpec<T> dataset, DataStream<T> stream);
}
