package com.example.stripe.exception;

/**
 * No response came back: the connection failed, was reset, or timed out (after every retry).
 * {@link #getStatusCode()} is 0.
 */
public class ApiConnectionException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ApiConnectionException(String message, Throwable cause) {
    super(message, 0, null, null, null, null, null, null, cause);
  }
}
