package com.example.stripe.exception;

import java.util.List;
import java.util.Map;

/** Too many requests in too little time (HTTP 429). */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  public RateLimitException(
      String message,
      int statusCode,
      String code,
      String param,
      String type,
      String requestId,
      Map<String, List<String>> headers,
      String body) {
    super(message, statusCode, code, param, type, requestId, headers, body, null);
  }
}
