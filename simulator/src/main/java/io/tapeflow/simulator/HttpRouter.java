package io.tapeflow.simulator;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;
import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.wire.FrameEncoder;
import java.util.Set;

/**
 * Routes each HTTP request on the single port: a WebSocket upgrade on {@code /stocks} becomes a stocks
 * session, everything else goes to the REST handler.
 */
final class HttpRouter extends SimpleChannelInboundHandler<FullHttpRequest> {
  static final String MAX_CONNECTIONS =
      FrameEncoder.status("max_connections", "Maximum number of connections exceeded.");

  private final Hub hub;
  private final Set<String> apiKeys;
  private final FaultPlan faults;
  private final SimpleChannelInboundHandler<FullHttpRequest> rest;

  HttpRouter(Hub hub, Set<String> apiKeys, FaultPlan faults, SimpleChannelInboundHandler<FullHttpRequest> rest) {
    super(false);
    this.hub = hub;
    this.apiKeys = apiKeys;
    this.faults = faults;
    this.rest = rest;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) throws Exception {
    boolean upgrade = req.headers().containsValue(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true);
    if (!upgrade) {
      ctx.pipeline().addLast("rest", rest);
      ctx.pipeline().remove(this);
      ctx.fireChannelRead(req);
      return;
    }
    try {
      String path = req.uri().split("\\?", 2)[0];
      if (!path.equals("/stocks") && !path.equals("/stocks/")) {
        ctx.pipeline().addLast("rest", rest);
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(req.retain());
        return;
      }
      WebSocketServerHandshakerFactory factory =
          new WebSocketServerHandshakerFactory("ws://" + req.headers().get(HttpHeaderNames.HOST) + path, null,
              true, 1 << 20);
      WebSocketServerHandshaker handshaker = factory.newHandshaker(req);
      if (handshaker == null) {
        WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
        return;
      }
      int before = hub.activeCount();
      Connection connection = hub.open(ctx.channel());
      StocksWebSocketHandler ws = new StocksWebSocketHandler(connection, hub, apiKeys);
      handshaker.handshake(ctx.channel(), req).addListener(f -> {
        if (!f.isSuccess()) {
          ctx.close();
          return;
        }
        ctx.pipeline().replace(this, "stocks", ws);
        if (faults.maxConnections() > 0 && before >= faults.maxConnections()) {
          connection.closeWith(MAX_CONNECTIONS, 1008, "max connections");
          return;
        }
        connection.sendText(StocksWebSocketHandler.CONNECTED);
        ws.startAuthTimer(ctx.pipeline().context(ws), faults.authTimeout().toMillis());
      });
    } finally {
      req.release();
    }
  }
}
