package com.example.stripe.exception;

import java.util.List;
import java.util.Map;

/** An Idempotency-Key was reused with different parameters (an {@code idempotency_error}). */
public class IdempotencyException extends ApiException {
  private static final long serialVersionUID = 1L;

  public IdempotencyException(
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
