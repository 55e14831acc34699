package com.example.stripe.net;

import java.time.Duration;

/**
 * One attempt of a request, as hooks ({@code addRequestHook}, {@code addResponseHook}) and the
 * log see it: never a credential (a key sent in the query is redacted).
 */
public final class RequestEvent {
  private final String method;
  private final String url;
  private final int attempt;
  private final int status;
  private final String requestId;
  private final Duration elapsed;

  RequestEvent(String method, String url, int attempt, int status, String requestId, Duration elapsed) {
    this.method = method;
    this.url = url;
    this.attempt = attempt;
    this.status = status;
    this.requestId = requestId;
    this.elapsed = elapsed;
  }

  public String getMethod() {
    return method;
  }

  /** The URL, its credentials redacted. */
  public String getUrl() {
    return url;
  }

  /** 1 for the first attempt, 2 for the first retry... */
  public int getAttempt() {
    return attempt;
  }

  /** The response's status; 0 before the response (a request hook) or when none came. */
  public int getStatus() {
    return status;
  }

  /** The response's {@code Request-Id}, or null. */
  public String getRequestId() {
    return requestId;
  }

  /** How long the attempt took; zero for a request hook. */
  public Duration getElapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return method + " " + url + (status == 0 ? "" : " -> " + status) + (requestId == null ? "" : " (" + requestId + ")")
        + (elapsed.isZero() ? "" : " in " + elapsed.toMillis() + " ms") + (attempt > 1 ? ", attempt " + attempt : "");
  }
}
