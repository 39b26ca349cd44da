/** The network seam of the WebSocket source: the client interface and its OkHttp implementation. */
package io.tapeflow.sources.polygon.client;
