package com.example.stripe.exception;

import java.util.List;
import java.util.Map;

/** The request was invalid: a missing or malformed parameter, an unknown object (HTTP 400 or 404). */
public class InvalidRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(
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
