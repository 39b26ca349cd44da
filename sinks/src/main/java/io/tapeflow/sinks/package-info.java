/** Generic sink factories: MongoDB upserts by deterministic _id and Parquet with event-time partitions. */
package io.tapeflow.sinks;
