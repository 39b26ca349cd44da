package io.tapeflow.simulator.rest;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** REST fault knobs: a burst of 429s or 5xx for the next N requests, and a random 5xx rate. */
public final class RestFaults {
  private final AtomicInteger pending429 = new AtomicInteger();
  private final AtomicInteger pending5xx = new AtomicInteger();
  private final SplittableRandom random = new SplittableRandom(17);
  private volatile double serverErrorRate;

  /** The next {@code n} requests get 429 Too Many Requests. */
  public void rateLimitNext(int n) {
    pending429.set(n);
  }

  /** The next {@code n} requests get 502 with an HTML body. */
  public void failNext(int n) {
    pending5xx.set(n);
  }

  /** Every request fails with a 5xx with this probability. */
  public void serverErrorRate(double rate) {
    serverErrorRate = rate;
  }

  /** The fault response for this request, or null to serve it normally. */
  RestHandler.RestResponse maybeFail() {
    if (pending429.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return RestHandler.RestResponse.json(429, "{\"status\":\"ERROR\",\"request_id\":\"" + RestHandler.requestId()
          + "\",\"error\":\"You've exceeded the maximum requests per minute, please wait or upgrade your "
          + "subscription to continue. https://polygon.io/pricing\"}");
    }
    boolean random;
    synchronized (this.random) {
      random = serverErrorRate > 0 && this.random.nextDouble() < serverErrorRate;
    }
    if (pending5xx.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || random) {
      return new RestHandler.RestResponse(502, "text/html",
          "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
    }
    return null;
  }
}
