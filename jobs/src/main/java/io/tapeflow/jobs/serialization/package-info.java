/**
 * Hand-written Flink serializers for the records on the hottest stream edges (the router's trades and quotes):
 * field-by-field copies instead of {@code PojoSerializer}'s reflection. No state stores these streams' records.
 */
package io.tapeflow.jobs.serialization;
