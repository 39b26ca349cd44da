/**
 * Decoding of Polygon WebSocket frames into the tapeflow event model ({@link
 * io.tapeflow.sources.polygon.codec.PolygonFrameDecoder}): streaming Jackson, exact {@code long} timestamps, one
 * reject per bad element.
 */
package io.tapeflow.sources.polygon.codec;
