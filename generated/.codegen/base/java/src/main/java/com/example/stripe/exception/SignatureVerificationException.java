package com.example.stripe.exception;

/**
 * A webhook's signature does not hold: no signature for the secret, a tampered payload, a
 * timestamp outside the tolerance, or a malformed header. {@link #getSigHeader()} is the header
 * that was checked; {@link #getStatusCode()} is 0.
 */
public class SignatureVerificationException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final String sigHeader;

  public SignatureVerificationException(String message, String sigHeader) {
    super(message, 0, null, null, null, null, null, null, null);
    this.sigHeader = sigHeader;
  }

  public String getSigHeader() {
    return sigHeader;
  }
}
