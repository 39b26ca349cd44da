package io.tapeflow.simulator.rest;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;

/** Serves REST over plain HTTP on the simulator's port; this base answers 404 to everything. */
@ChannelHandler.Sharable
public class RestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
    String uri = req.uri();
    String auth = req.headers().get(HttpHeaderNames.AUTHORIZATION);
    String host = req.headers().get(HttpHeaderNames.HOST);
    boolean keepAlive = HttpUtil.isKeepAlive(req);
    // Answers may generate a ticker's day: never on the event loop, which also carries WebSocket traffic.
    executor().execute(() -> respond(ctx, uri, auth, host, keepAlive));
  }

  /** Where requests are answered; the base answers inline. */
  protected Executor executor() {
    return Runnable::run;
  }

  private void respond(ChannelHandlerContext ctx, String uri, String auth, String host, boolean keepAlive) {
    RestResponse r;
    try {
      r = handle(uri, auth, host);
    } catch (RuntimeException e) {
      r = RestResponse.json(400, "{\"status\":\"ERROR\",\"request_id\":\"" + requestId()
          + "\",\"error\":\"bad request\"}");
    }
    FullHttpResponse resp = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(r.status()),
        Unpooled.wrappedBuffer(r.body().getBytes(StandardCharsets.UTF_8)));
    resp.headers().set(HttpHeaderNames.CONTENT_TYPE, r.contentType());
    HttpUtil.setContentLength(resp, resp.content().readableBytes());
    HttpUtil.setKeepAlive(resp, keepAlive);
    if (keepAlive) {
      ctx.writeAndFlush(resp);
    } else {
      ctx.writeAndFlush(resp).addListener(ChannelFutureListener.CLOSE);
    }
  }

  /** Answers one request (URI, Authorization and Host headers); overridden by the market-backed handler. */
  protected RestResponse handle(String uri, String authorization, String host) {
    return notFound();
  }

  static RestResponse notFound() {
    return RestResponse.json(404, "{\"status\":\"NOT_FOUND\",\"request_id\":\"" + requestId()
        + "\",\"message\":\"The requested resource was not found.\"}");
  }

  static String requestId() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong()) + Long.toHexString(
        ThreadLocalRandom.current().nextLong());
  }

  /** A status code, a content type and a body. */
  public record RestResponse(int status, String contentType, String body) {
    static RestResponse json(int status, String body) {
      return new RestResponse(status, "application/json", body);
    }
  }
}
