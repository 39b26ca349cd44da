package io.tapeflow.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.FrameEncoder;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The /stocks protocol after the upgrade: auth (with timeout), subscribe/unsubscribe with one ack per
 * channel, pings answered unless the simulator is stalled. Data frames are written by the publisher.
 */
final class StocksWebSocketHandler extends SimpleChannelInboundHandler<WebSocketFrame> {
  static final String CONNECTED = FrameEncoder.status("connected", "Connected Successfully");
  static final String AUTH_SUCCESS = FrameEncoder.status("auth_success", "authenticated");
  static final String AUTH_FAILED = FrameEncoder.status("auth_failed", "authentication failed");
  static final String AUTH_TIMEOUT = FrameEncoder.status("auth_timeout", "No authentication request received.");
  static final String AUTH_REQUIRED = FrameEncoder.status("auth_required", "authentication required");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final Hub hub;
  private final Set<String> apiKeys;

  StocksWebSocketHandler(Connection connection, Hub hub, Set<String> apiKeys) {
    this.connection = connection;
    this.hub = hub;
    this.apiKeys = apiKeys;
  }

  /** Starts the auth timer; called right after the handshake. */
  void startAuthTimer(ChannelHandlerContext ctx, long timeoutMillis) {
    ctx.executor().schedule(() -> {
      if (!connection.isAuthenticated() && !connection.isClosing()) {
        connection.closeWith(AUTH_TIMEOUT, 1008, "auth timeout");
      }
    }, timeoutMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
    if (frame instanceof PingWebSocketFrame) {
      if (!hub.stalled()) {
        ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
      }
    } else if (frame instanceof CloseWebSocketFrame) {
      ctx.writeAndFlush(frame.retainedDuplicate()).addListener(f -> ctx.close());
    } else if (frame instanceof TextWebSocketFrame text) {
      onMessage(text.text());
    }
  }

  private void onMessage(String text) {
    JsonNode msg;
    try {
      msg = JSON.readTree(text);
    } catch (Exception e) {
      connection.sendText(FrameEncoder.status("error", "invalid message"));
      return;
    }
    String action = msg.path("action").asText("");
    String params = msg.path("params").asText("");
    switch (action) {
      case "auth" -> auth(params);
      case "subscribe" -> subscribe(params, true);
      case "unsubscribe" -> subscribe(params, false);
      default -> connection.sendText(FrameEncoder.status("error", "unknown action"));
    }
  }

  private void auth(String key) {
    if (apiKeys.contains(key)) {
      connection.authenticated();
      connection.sendText(AUTH_SUCCESS);
    } else {
      connection.closeWith(AUTH_FAILED, 1008, "authentication failed");
    }
  }

  private void subscribe(String params, boolean add) {
    if (!connection.isAuthenticated()) {
      connection.sendText(AUTH_REQUIRED);
      return;
    }
    Subscriptions subs = connection.subscriptions();
    for (String raw : params.split(",")) {
      String item = raw.trim();
      if (item.isEmpty()) {
        continue;
      }
      int dot = item.indexOf('.');
      Channel ch = dot > 0 ? Channel.ofPrefix(item.substring(0, dot)) : null;
      if (ch == null || dot == item.length() - 1) {
        connection.sendText(FrameEncoder.status("error", "invalid subscription: " + item));
        continue;
      }
      subs = subs.with(ch, item.substring(dot + 1), add);
      connection.sendText(FrameEncoder.status("success", (add ? "subscribed to: " : "unsubscribed to: ") + item));
    }
    connection.subscriptions(subs);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
