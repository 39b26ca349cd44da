package io.tapeflow.simulator;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WebSocket client: its auth state and subscriptions (written by the event loop), and the frame being
 * assembled for it plus its queued-bytes count (used by the publisher thread for back-pressure and the
 * slow-consumer rule).
 */
public final class Connection {
  private final Channel channel;
  private final int index;
  private final SentLog log;
  private final AtomicLong queuedBytes = new AtomicLong();
  private volatile boolean authenticated;
  private volatile Subscriptions subscriptions = Subscriptions.NONE;
  private volatile boolean closing;

  // Publisher-thread state: the frame under construction.
  private ByteBuf frame;
  private int frameEvents;
  long unwritableSinceNanos;

  Connection(Channel channel, int index, int logLimit) {
    this.channel = channel;
    this.index = index;
    this.log = logLimit > 0 ? new SentLog(index, logLimit) : null;
  }

  public int index() {
    return index;
  }

  public Channel channel() {
    return channel;
  }

  SentLog log() {
    return log;
  }

  boolean isAuthenticated() {
    return authenticated;
  }

  void authenticated() {
    authenticated = true;
  }

  Subscriptions subscriptions() {
    return subscriptions;
  }

  void subscriptions(Subscriptions subs) {
    subscriptions = subs;
  }

  /** True when the publisher may send data to this connection. */
  boolean acceptsData() {
    return authenticated && !closing && channel.isActive();
  }

  /** True once the server decided to close it (rejected, cut, dropped) or the socket is gone. */
  boolean isClosing() {
    return closing || !channel.isActive();
  }

  long queuedBytes() {
    return queuedBytes.get();
  }

  /** Adds one event to the frame under construction; returns the number of events in it. */
  int append(SimEvent ev) {
    if (frame == null) {
      frame = channel.alloc().buffer(8192);
      frame.writeByte('[');
    } else {
      frame.writeByte(',');
    }
    frame.writeBytes(ev.json);
    if (log != null) {
      log.append(ev.channel, ev.ticker, ev.seq, ev.wireTime);
    }
    return ++frameEvents;
  }

  int pendingEvents() {
    return frameEvents;
  }

  /** Sends the frame under construction, if any. */
  void flush() {
    if (frame == null) {
      return;
    }
    ByteBuf f = frame;
    frame = null;
    frameEvents = 0;
    f.writeByte(']');
    writeFrame(new TextWebSocketFrame(f));
  }

  /** Writes a pre-built frame (shared buffers must be retained duplicates). */
  void writeFrame(TextWebSocketFrame f) {
    long size = f.content().readableBytes();
    queuedBytes.addAndGet(size);
    channel.writeAndFlush(f).addListener(done -> queuedBytes.addAndGet(-size));
  }

  /** Sends one text frame (status messages, raw injections). */
  public void sendText(String text) {
    channel.writeAndFlush(new TextWebSocketFrame(text));
  }

  /** Sends a status frame, then a close frame with the code, then closes the socket. */
  void closeWith(String statusFrame, int closeCode, String reason) {
    closing = true;
    releaseFrame();
    channel.write(new TextWebSocketFrame(statusFrame));
    channel.writeAndFlush(new CloseWebSocketFrame(closeCode, reason)).addListener(ChannelFutureListener.CLOSE);
    // A client that does not read never lets the close frame out: cut the socket after a grace period.
    channel.eventLoop().schedule(() -> channel.close(), 5, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Drops the TCP connection without a close handshake, as a network failure would. */
  void drop() {
    closing = true;
    channel.close();
  }

  /** Discards the frame under construction (publisher thread). */
  void releaseFrame() {
    // Only the publisher thread touches the frame; a close from another thread leaves it for the publisher.
    if (Thread.currentThread().getName().startsWith(Publisher.THREAD_NAME) && frame != null) {
      frame.release();
      frame = null;
      frameEvents = 0;
    }
  }
}
