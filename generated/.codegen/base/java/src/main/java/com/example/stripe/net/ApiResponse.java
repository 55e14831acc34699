package com.example.stripe.net;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP response as it came: its status, headers and body. Every object a call returns keeps
 * the response it was read from ({@code getLastResponse()}); {@code rawRequest} returns one.
 */
public final class ApiResponse {
  private final int code;
  private final Map<String, List<String>> headers;
  private final String body;

  public ApiResponse(int code, Map<String, List<String>> headers, String body) {
    this.code = code;
    this.headers = headers == null ? Collections.emptyMap() : Collections.unmodifiableMap(headers);
    this.body = body;
  }

  /** The HTTP status code. */
  public int code() {
    return code;
  }

  /** Every header, by name as sent. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of header {@code name} (in any case), or null. */
  public String header(String name) {
    for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
          && !entry.getValue().isEmpty()) {
        return entry.getValue().get(0);
      }
    }
    return null;
  }

  /** The body as text (UTF-8). */
  public String body() {
    return body;
  }

  /** The {@code Request-Id} header: quote it when asking the API's support about a call. */
  public String requestId() {
    return header("request-id");
  }

  /** The status and request id: the body may hold secrets, so it is not shown. */
  @Override
  public String toString() {
    return "ApiResponse[" + code + (requestId() == null ? "" : ", " + requestId()) + "]";
  }
}
