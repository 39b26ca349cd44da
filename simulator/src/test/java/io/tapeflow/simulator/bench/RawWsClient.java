package io.tapeflow.simulator.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A minimal blocking WebSocket client for throughput measurement: it skips payloads instead of decoding
 * them, so the number measured is the server's, not a client library's.
 */
final class RawWsClient implements AutoCloseable {
  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final byte[] skip = new byte[1 << 16];

  RawWsClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setReceiveBufferSize(4 << 20);
    in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
    out = socket.getOutputStream();
    String key = Base64.getEncoder().encodeToString("tapeflow-bench-k".getBytes(StandardCharsets.US_ASCII));
    out.write(("GET /stocks HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
        + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    int matched = 0;
    while (matched < 4) { // read up to the blank line ending the 101 response
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed during handshake");
      }
      matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
    }
  }

  /** Sends a masked text frame (clients must mask). */
  void sendText(String text) throws IOException {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    byte[] mask = {1, 2, 3, 4};
    java.io.ByteArrayOutputStream f = new java.io.ByteArrayOutputStream();
    f.write(0x81);
    if (payload.length < 126) {
      f.write(0x80 | payload.length);
    } else {
      f.write(0x80 | 126);
      f.write(payload.length >> 8);
      f.write(payload.length & 0xff);
    }
    f.write(mask);
    for (int i = 0; i < payload.length; i++) {
      f.write(payload[i] ^ mask[i % 4]);
    }
    out.write(f.toByteArray());
    out.flush();
  }

  /** Reads one frame; returns its payload length, and the payload text when {@code keep} is true. */
  String readFrame(boolean keep, long[] lengthOut) throws IOException {
    in.readUnsignedByte();
    int b1 = in.readUnsignedByte();
    long len = b1 & 0x7f;
    if (len == 126) {
      len = in.readUnsignedShort();
    } else if (len == 127) {
      len = in.readLong();
    }
    lengthOut[0] = len;
    if (keep) {
      byte[] data = new byte[(int) len];
      in.readFully(data);
      return new String(data, StandardCharsets.UTF_8);
    }
    long left = len;
    while (left > 0) {
      int n = in.read(skip, 0, (int) Math.min(skip.length, left));
      if (n < 0) {
        throw new IOException("closed");
      }
      left -= n;
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
