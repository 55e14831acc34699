// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * The API request that caused an event.
 */
public class NotificationEventRequest extends ApiObject {
  /**
   * ID of the API request that caused the event. Null when the event was caused automatically, for
   * example by a scheduled subscription renewal.
   */
  @SerializedName("id")
  private String id;

  /**
   * The idempotency key sent with the request, if any.
   */
  @SerializedName("idempotency_key")
  private String idempotencyKey;

  /**
   * ID of the API request that caused the event. Null when the event was caused automatically, for
   * example by a scheduled subscription renewal.
   */
  public String getId() {
    return id;
  }

  /**
   * The idempotency key sent with the request, if any.
   */
  public String getIdempotencyKey() {
    return idempotencyKey;
  }

}
