// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe;

import com.example.stripe.exception.SignatureVerificationException;
import com.example.stripe.model.Event;
import com.example.stripe.net.ModelReader;
import com.example.stripe.net.WebhookSignature;
import com.google.gson.JsonParser;

/**
 * Events sent to your webhook endpoint, read once their {@code Stripe-Signature} holds:
 * {@code Webhook.constructEvent(payload, request.getHeader("Stripe-Signature"), endpointSecret)}.
 * The event's {@code data.object} is read as its model class, chosen by its {@code object}.
 */
public final class Webhook {
  /** Seconds a signature's timestamp may be away from now. */
  public static final long DEFAULT_TOLERANCE = WebhookSignature.DEFAULT_TOLERANCE;

  private Webhook() {}

  /**
   * The event {@code payload} (the request's body, as it came) holds, once {@code sigHeader} signs
   * it with {@code secret} (the endpoint's {@code whsec_...}) within {@link #DEFAULT_TOLERANCE}.
   */
  public static Event constructEvent(String payload, String sigHeader, String secret)
      throws SignatureVerificationException {
    return constructEvent(payload, sigHeader, secret, DEFAULT_TOLERANCE);
  }

  /** As {@link #constructEvent(String, String, String)}, within {@code tolerance} seconds (0: any time). */
  public static Event constructEvent(String payload, String sigHeader, String secret, long tolerance)
      throws SignatureVerificationException {
    WebhookSignature.verifyHeader(payload, sigHeader, secret, tolerance);
    return ModelReader.readObject(JsonParser.parseString(payload).getAsJsonObject(), Event.class);
  }
}
