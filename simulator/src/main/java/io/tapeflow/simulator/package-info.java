/** A Polygon-compatible server on loopback (WebSocket, REST, flat files) that speaks the wire format on its own. */
package io.tapeflow.simulator;
