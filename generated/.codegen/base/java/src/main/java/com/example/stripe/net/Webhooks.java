package com.example.stripe.net;

import com.example.stripe.exception.SignatureVerificationException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.Map;

/**
 * Webhooks signed as Standard Webhooks sign them ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}): {@code client.webhooks().unwrap(payload, headers, secret)}.
 */
public final class Webhooks {
  /** The payload as JSON once its signature holds (timestamp within 300 seconds of now). */
  public JsonElement unwrap(String payload, Map<String, String> headers, String secret)
      throws SignatureVerificationException {
    return unwrap(payload, headers, secret, WebhookSignature.DEFAULT_TOLERANCE);
  }

  /** The payload as JSON once its signature holds ({@code tolerance} in seconds, 0: any time). */
  public JsonElement unwrap(String payload, Map<String, String> headers, String secret, long tolerance)
      throws SignatureVerificationException {
    WebhookSignature.verifyStandard(payload, headers, secret, tolerance);
    return JsonParser.parseString(payload);
  }
}
