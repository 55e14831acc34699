// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Events tell you when something happens in your account. When an API resource changes state,
 * Stripe creates an Event whose {@code data} holds a snapshot of the resource at that moment; for
 * example, a successful payment creates a {@code payment_intent.succeeded} event. One API request
 * can create several events.
 * <p>
 * Events can be listed and retrieved through the API, and Stripe also sends them to your webhook
 * endpoints. Events are guaranteed to be retrievable for 30 days.
 */
public class Event extends ApiObject {
  /**
   * The connected account that originated the event.
   */
  @SerializedName("account")
  private String account;

  /**
   * The Stripe API version used to render {@code data}. Null for events created before API versions
   * existed.
   */
  @SerializedName("api_version")
  private String apiVersion;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * The object the event is about, and what changed.
   */
  @SerializedName("data")
  private NotificationEventData data;

  /**
   * Unique identifier for the object.
   */
  @SerializedName("id")
  private String id;

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  @SerializedName("livemode")
  private Boolean livemode;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code event}.
   */
  @SerializedName("object")
  private String object;

  /**
   * Number of webhook endpoints that have not yet received this event successfully.
   */
  @SerializedName("pending_webhooks")
  private Long pendingWebhooks;

  /**
   * The API request that caused the event, if any.
   */
  @SerializedName("request")
  private NotificationEventRequest request;

  /**
   * Description of the event, such as {@code customer.created} or {@code payment_intent.succeeded}.
   */
  @SerializedName("type")
  private String type;

  /**
   * The connected account that originated the event.
   */
  public String getAccount() {
    return account;
  }

  /**
   * The Stripe API version used to render {@code data}. Null for events created before API versions
   * existed.
   */
  public String getApiVersion() {
    return apiVersion;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public Long getCreated() {
    return created;
  }

  /**
   * The object the event is about, and what changed.
   */
  public NotificationEventData getData() {
    return data;
  }

  /**
   * Unique identifier for the object.
   */
  public String getId() {
    return id;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public Boolean getLivemode() {
    return livemode;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code event}.
   */
  public String getObject() {
    return object;
  }

  /**
   * Number of webhook endpoints that have not yet received this event successfully.
   */
  public Long getPendingWebhooks() {
    return pendingWebhooks;
  }

  /**
   * The API request that caused the event, if any.
   */
  public NotificationEventRequest getRequest() {
    return request;
  }

  /**
   * Description of the event, such as {@code customer.created} or {@code payment_intent.succeeded}.
   */
  public String getType() {
    return type;
  }

}
