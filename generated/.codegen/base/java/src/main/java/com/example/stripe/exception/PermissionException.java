package com.example.stripe.exception;

import java.util.List;
import java.util.Map;

/** The API key may not perform this request (HTTP 403). */
public class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  public PermissionException(
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
