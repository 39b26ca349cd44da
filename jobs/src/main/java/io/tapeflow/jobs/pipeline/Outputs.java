package io.tapeflow.jobs.pipeline;

import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Where the pipeline's datasets go: the seam between the operator graph and its sinks. Production attaches Parquet
 * and MongoDB sinks; tests attach collecting sinks. Implementations give every sink a uid and name from
 * {@link io.tapeflow.jobs.OperatorUids}.
 */
public interface Outputs {
    /**
     * Sends a stream to the named dataset (CONTRACT section 2), e.g. {@code trades}, {@code bars}.
     *
     * @param dataset the dataset name, also the Parquet directory and Mongo collection
     * @param stream the records
     * @param type the record class, for sinks that need type information
     */
    <T> void write(String dataset, DataStream<T> stream, Class<T> type);
}
