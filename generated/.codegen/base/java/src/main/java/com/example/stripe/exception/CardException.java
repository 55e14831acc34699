package com.example.stripe.exception;

import java.util.List;
import java.util.Map;

/** The card was declined, or cannot be charged (a {@code card_error}, HTTP 402). */
public class CardException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String declineCode;

  public CardException(
      String message,
      int statusCode,
      String code,
      String param,
      String type,
      String requestId,
      Map<String, List<String>> headers,
      String body,
      String declineCode) {
    super(message, statusCode, code, param, type, requestId, headers, body, null);
    this.declineCode = declineCode;
  }

  /** The card issuer's reason for the decline, or null. */
  public String getDeclineCode() {
    return declineCode;
  }
}
