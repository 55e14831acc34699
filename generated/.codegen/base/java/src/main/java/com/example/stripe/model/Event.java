// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.Stripe;
import com.example.stripe.exception.ApiException;
import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ApiParams;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.OneOf;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.EventListParams;
import com.example.stripe.param.EventRetrieveParams;
import com.example.stripe.validation.Validators;
import com.google.gson.annotations.SerializedName;
import java.util.Map;
import java.util.Objects;

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
  private Data data;

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
  private Request request;

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
  public Data getData() {
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
  public Request getRequest() {
    return request;
  }

  /**
   * Description of the event, such as {@code customer.created} or {@code payment_intent.succeeded}.
   */
  public String getType() {
    return type;
  }

  /**
   * The connected account that originated the event.
   */
  public void setAccount(String account) {
    this.account = account;
  }

  /**
   * The Stripe API version used to render {@code data}. Null for events created before API versions
   * existed.
   */
  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public void setCreated(Long created) {
    this.created = created;
  }

  /**
   * The object the event is about, and what changed.
   */
  public void setData(Data data) {
    this.data = data;
  }

  /**
   * Unique identifier for the object.
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public void setLivemode(Boolean livemode) {
    this.livemode = livemode;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code event}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  /**
   * Number of webhook endpoints that have not yet received this event successfully.
   */
  public void setPendingWebhooks(Long pendingWebhooks) {
    this.pendingWebhooks = pendingWebhooks;
  }

  /**
   * The API request that caused the event, if any.
   */
  public void setRequest(Request request) {
    this.request = request;
  }

  /**
   * Description of the event, such as {@code customer.created} or {@code payment_intent.succeeded}.
   */
  public void setType(String type) {
    this.type = type;
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public static Page<Event> list() throws ApiException {
    return list((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public static Page<Event> list(RequestOptions options) throws ApiException {
    return list((Map<String, Object>) null, options);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public static Page<Event> list(EventListParams params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public static Page<Event> list(
      EventListParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/events")
            .with(params, options)
            .validate(Validators::eventsList)
            .validateResponse(Validators::eventsListResponse),
        Event.class,
        null,
        false);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public static Page<Event> list(Map<String, Object> params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public static Page<Event> list(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/events")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::eventsList)
            .validateResponse(Validators::eventsListResponse),
        Event.class,
        null,
        false);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public static Event retrieve(String id) throws ApiException {
    return retrieve(id, (Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public static Event retrieve(String id, RequestOptions options) throws ApiException {
    return retrieve(id, (Map<String, Object>) null, options);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public static Event retrieve(String id, EventRetrieveParams params) throws ApiException {
    return retrieve(id, params, (RequestOptions) null);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public static Event retrieve(
      String id, EventRetrieveParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/events/{id}", id)
            .with(params, options)
            .validate(Validators::eventsRetrieve)
            .validateResponse(Validators::eventsRetrieveResponse),
        Event.class,
        null);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public static Event retrieve(String id, Map<String, Object> params) throws ApiException {
    return retrieve(id, params, (RequestOptions) null);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public static Event retrieve(
      String id, Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/events/{id}", id)
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::eventsRetrieve)
            .validateResponse(Validators::eventsRetrieveResponse),
        Event.class,
        null);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    Event that = (Event) o;
    return Objects.equals(this.account, that.account)
        && Objects.equals(this.apiVersion, that.apiVersion)
        && Objects.equals(this.created, that.created)
        && Objects.equals(this.data, that.data)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.livemode, that.livemode)
        && Objects.equals(this.object, that.object)
        && Objects.equals(this.pendingWebhooks, that.pendingWebhooks)
        && Objects.equals(this.request, that.request)
        && Objects.equals(this.type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(account, apiVersion, created, data, id, livemode, object, pendingWebhooks, request, type);
  }

  /**
   * The object an event is about, and the attributes that changed.
   */
  public static class Data extends ApiObject {
    /**
     * The API resource the event is about, as it was when the event happened. For {@code *.updated}
     * events this is the new state. Its {@code object} field says which resource it is.
     */
    @SerializedName("object")
    @OneOf(values = {"customer", "customer_session", "payment_intent", "payment_method", "setup_intent"}, types = {Customer.class, CustomerSession.class, PaymentIntent.class, PaymentMethod.class, SetupIntent.class})
    private ApiObject object;

    /**
     * For {@code *.updated} events, the previous values of the attributes that changed, keyed by
     * attribute name.
     */
    @SerializedName("previous_attributes")
    private Map<String, Object> previousAttributes;

    /**
     * The API resource the event is about, as it was when the event happened. For {@code *.updated}
     * events this is the new state. Its {@code object} field says which resource it is.
     */
    public ApiObject getObject() {
      return object;
    }

    /**
     * For {@code *.updated} events, the previous values of the attributes that changed, keyed by
     * attribute name.
     */
    public Map<String, Object> getPreviousAttributes() {
      return previousAttributes;
    }

    /**
     * The API resource the event is about, as it was when the event happened. For {@code *.updated}
     * events this is the new state. Its {@code object} field says which resource it is.
     */
    public void setObject(ApiObject object) {
      this.object = object;
    }

    /**
     * For {@code *.updated} events, the previous values of the attributes that changed, keyed by
     * attribute name.
     */
    public void setPreviousAttributes(Map<String, Object> previousAttributes) {
      this.previousAttributes = previousAttributes;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      Data that = (Data) o;
      return Objects.equals(this.object, that.object)
          && Objects.equals(this.previousAttributes, that.previousAttributes);
    }

    @Override
    public int hashCode() {
      return Objects.hash(object, previousAttributes);
    }

  }

  /**
   * The API request that caused an event.
   */
  public static class Request extends ApiObject {
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

    /**
     * ID of the API request that caused the event. Null when the event was caused automatically, for
     * example by a scheduled subscription renewal.
     */
    public void setId(String id) {
      this.id = id;
    }

    /**
     * The idempotency key sent with the request, if any.
     */
    public void setIdempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      Request that = (Request) o;
      return Objects.equals(this.id, that.id)
          && Objects.equals(this.idempotencyKey, that.idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id, idempotencyKey);
    }

  }

}
