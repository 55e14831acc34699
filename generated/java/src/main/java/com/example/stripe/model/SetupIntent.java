// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.Stripe;
import com.example.stripe.exception.ApiException;
import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ApiParams;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ExpandableField;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.SetupIntentConfirmParams;
import com.example.stripe.param.SetupIntentCreateParams;
import com.example.stripe.param.SetupIntentListParams;
import com.example.stripe.param.SetupIntentRetrieveParams;
import com.example.stripe.validation.Validators;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SetupIntent guides you through setting up and saving a customer's payment credentials for
 * future payments, for example saving a card without charging it yet. If the SetupIntent has a
 * Customer, the resulting payment method is attached to that customer once setup succeeds.
 * <p>
 * Related guide: <a href="https://stripe.com/docs/payments/setup-intents">Setup Intents API</a>
 */
public class SetupIntent extends ApiObject {
  /**
   * When true, the payment method is attached to the in-context Stripe account once setup succeeds.
   * Cannot be combined with {@code customer}.
   */
  @SerializedName("attach_to_self")
  private Boolean attachToSelf;

  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  @SerializedName("automatic_payment_methods")
  private AutomaticPaymentMethods automaticPaymentMethods;

  /**
   * Why the SetupIntent was canceled, if it was.
   * <p>
   * One of {@code abandoned}, {@code duplicate}, {@code requested_by_customer}.
   */
  @SerializedName("cancellation_reason")
  private String cancellationReason;

  /**
   * The client secret of this SetupIntent. Use it on the client to confirm the setup with Stripe.js.
   * Do not store it, log it, or expose it to anyone other than the customer.
   */
  @SerializedName("client_secret")
  private String clientSecret;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * The Customer this SetupIntent belongs to, if any. The payment method is attached to this
   * customer once setup succeeds.
   */
  @SerializedName("customer")
  private ExpandableField<Customer> customer;

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  @SerializedName("description")
  private String description;

  /**
   * The directions money may flow with this payment method: {@code inbound} (charging the customer)
   * and/or {@code outbound} (paying the customer).
   * <p>
   * One of {@code inbound}, {@code outbound}.
   */
  @SerializedName("flow_directions")
  private List<String> flowDirections;

  /**
   * Unique identifier for the object.
   */
  @SerializedName("id")
  private String id;

  /**
   * The error from the latest setup attempt, if it failed.
   */
  @SerializedName("last_setup_error")
  private ApiErrors lastSetupError;

  /**
   * ID of the most recent SetupAttempt for this SetupIntent, if any.
   */
  @SerializedName("latest_attempt")
  private String latestAttempt;

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  @SerializedName("livemode")
  private Boolean livemode;

  /**
   * ID of the multi-use Mandate created by this SetupIntent, if any.
   */
  @SerializedName("mandate")
  private String mandate;

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  @SerializedName("metadata")
  private Map<String, String> metadata;

  /**
   * When present, the actions your customer must take before setup can proceed.
   */
  @SerializedName("next_action")
  private NextAction nextAction;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code setup_intent}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The payment method being set up by this SetupIntent.
   */
  @SerializedName("payment_method")
  private ExpandableField<PaymentMethod> paymentMethod;

  /**
   * The payment method types (such as {@code card}) this SetupIntent may set up.
   */
  @SerializedName("payment_method_types")
  private List<String> paymentMethodTypes;

  /**
   * Status of this SetupIntent: {@code requires_payment_method}, {@code requires_confirmation},
   * {@code requires_action}, {@code processing}, {@code canceled}, or {@code succeeded}.
   * <p>
   * One of {@code canceled}, {@code processing}, {@code requires_action}, {@code
   * requires_confirmation}, {@code requires_payment_method}, {@code succeeded}.
   */
  @SerializedName("status")
  private String status;

  /**
   * How the payment method will be used in future payments: {@code off_session} (the default) or
   * {@code on_session}.
   */
  @SerializedName("usage")
  private String usage;

  /**
   * When true, the payment method is attached to the in-context Stripe account once setup succeeds.
   * Cannot be combined with {@code customer}.
   */
  public Boolean getAttachToSelf() {
    return attachToSelf;
  }

  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  public AutomaticPaymentMethods getAutomaticPaymentMethods() {
    return automaticPaymentMethods;
  }

  /**
   * Why the SetupIntent was canceled, if it was.
   * <p>
   * One of {@code abandoned}, {@code duplicate}, {@code requested_by_customer}.
   */
  public String getCancellationReason() {
    return cancellationReason;
  }

  /**
   * The client secret of this SetupIntent. Use it on the client to confirm the setup with Stripe.js.
   * Do not store it, log it, or expose it to anyone other than the customer.
   */
  public String getClientSecret() {
    return clientSecret;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public Long getCreated() {
    return created;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer this SetupIntent belongs to, if any. The payment method is attached to this
   * customer once setup succeeds.
   */
  public String getCustomer() {
    return customer == null ? null : customer.getId();
  }

  /**
   * The expanded customer, or null unless the request expanded it.
   */
  public Customer getCustomerObject() {
    return customer == null ? null : customer.getExpanded();
  }

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  public String getDescription() {
    return description;
  }

  /**
   * The directions money may flow with this payment method: {@code inbound} (charging the customer)
   * and/or {@code outbound} (paying the customer).
   * <p>
   * One of {@code inbound}, {@code outbound}.
   */
  public List<String> getFlowDirections() {
    return flowDirections;
  }

  /**
   * Unique identifier for the object.
   */
  public String getId() {
    return id;
  }

  /**
   * The error from the latest setup attempt, if it failed.
   */
  public ApiErrors getLastSetupError() {
    return lastSetupError;
  }

  /**
   * ID of the most recent SetupAttempt for this SetupIntent, if any.
   */
  public String getLatestAttempt() {
    return latestAttempt;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public Boolean getLivemode() {
    return livemode;
  }

  /**
   * ID of the multi-use Mandate created by this SetupIntent, if any.
   */
  public String getMandate() {
    return mandate;
  }

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public Map<String, String> getMetadata() {
    return metadata;
  }

  /**
   * When present, the actions your customer must take before setup can proceed.
   */
  public NextAction getNextAction() {
    return nextAction;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code setup_intent}.
   */
  public String getObject() {
    return object;
  }

  /**
   * The id of the expandable payment_method.
   * <p>
   * The payment method being set up by this SetupIntent.
   */
  public String getPaymentMethod() {
    return paymentMethod == null ? null : paymentMethod.getId();
  }

  /**
   * The expanded payment_method, or null unless the request expanded it.
   */
  public PaymentMethod getPaymentMethodObject() {
    return paymentMethod == null ? null : paymentMethod.getExpanded();
  }

  /**
   * The payment method types (such as {@code card}) this SetupIntent may set up.
   */
  public List<String> getPaymentMethodTypes() {
    return paymentMethodTypes;
  }

  /**
   * Status of this SetupIntent: {@code requires_payment_method}, {@code requires_confirmation},
   * {@code requires_action}, {@code processing}, {@code canceled}, or {@code succeeded}.
   * <p>
   * One of {@code canceled}, {@code processing}, {@code requires_action}, {@code
   * requires_confirmation}, {@code requires_payment_method}, {@code succeeded}.
   */
  public String getStatus() {
    return status;
  }

  /**
   * How the payment method will be used in future payments: {@code off_session} (the default) or
   * {@code on_session}.
   */
  public String getUsage() {
    return usage;
  }

  /**
   * When true, the payment method is attached to the in-context Stripe account once setup succeeds.
   * Cannot be combined with {@code customer}.
   */
  public void setAttachToSelf(Boolean attachToSelf) {
    this.attachToSelf = attachToSelf;
  }

  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  public void setAutomaticPaymentMethods(AutomaticPaymentMethods automaticPaymentMethods) {
    this.automaticPaymentMethods = automaticPaymentMethods;
  }

  /**
   * Why the SetupIntent was canceled, if it was.
   * <p>
   * One of {@code abandoned}, {@code duplicate}, {@code requested_by_customer}.
   */
  public void setCancellationReason(String cancellationReason) {
    this.cancellationReason = cancellationReason;
  }

  /**
   * The client secret of this SetupIntent. Use it on the client to confirm the setup with Stripe.js.
   * Do not store it, log it, or expose it to anyone other than the customer.
   */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public void setCreated(Long created) {
    this.created = created;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer this SetupIntent belongs to, if any. The payment method is attached to this
   * customer once setup succeeds.
   */
  public void setCustomer(String id) {
    this.customer = ExpandableField.withId(id, customer);
  }

  /**
   * Sets the expanded customer (and its id).
   */
  public void setCustomerObject(Customer expandableObject) {
    this.customer =
        expandableObject == null ? null : new ExpandableField<>(expandableObject.getId(), expandableObject);
  }

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  public void setDescription(String description) {
    this.description = description;
  }

  /**
   * The directions money may flow with this payment method: {@code inbound} (charging the customer)
   * and/or {@code outbound} (paying the customer).
   * <p>
   * One of {@code inbound}, {@code outbound}.
   */
  public void setFlowDirections(List<String> flowDirections) {
    this.flowDirections = flowDirections;
  }

  /**
   * Unique identifier for the object.
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * The error from the latest setup attempt, if it failed.
   */
  public void setLastSetupError(ApiErrors lastSetupError) {
    this.lastSetupError = lastSetupError;
  }

  /**
   * ID of the most recent SetupAttempt for this SetupIntent, if any.
   */
  public void setLatestAttempt(String latestAttempt) {
    this.latestAttempt = latestAttempt;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public void setLivemode(Boolean livemode) {
    this.livemode = livemode;
  }

  /**
   * ID of the multi-use Mandate created by this SetupIntent, if any.
   */
  public void setMandate(String mandate) {
    this.mandate = mandate;
  }

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  /**
   * When present, the actions your customer must take before setup can proceed.
   */
  public void setNextAction(NextAction nextAction) {
    this.nextAction = nextAction;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code setup_intent}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  /**
   * The id of the expandable payment_method.
   * <p>
   * The payment method being set up by this SetupIntent.
   */
  public void setPaymentMethod(String id) {
    this.paymentMethod = ExpandableField.withId(id, paymentMethod);
  }

  /**
   * Sets the expanded payment_method (and its id).
   */
  public void setPaymentMethodObject(PaymentMethod expandableObject) {
    this.paymentMethod =
        expandableObject == null ? null : new ExpandableField<>(expandableObject.getId(), expandableObject);
  }

  /**
   * The payment method types (such as {@code card}) this SetupIntent may set up.
   */
  public void setPaymentMethodTypes(List<String> paymentMethodTypes) {
    this.paymentMethodTypes = paymentMethodTypes;
  }

  /**
   * Status of this SetupIntent: {@code requires_payment_method}, {@code requires_confirmation},
   * {@code requires_action}, {@code processing}, {@code canceled}, or {@code succeeded}.
   * <p>
   * One of {@code canceled}, {@code processing}, {@code requires_action}, {@code
   * requires_confirmation}, {@code requires_payment_method}, {@code succeeded}.
   */
  public void setStatus(String status) {
    this.status = status;
  }

  /**
   * How the payment method will be used in future payments: {@code off_session} (the default) or
   * {@code on_session}.
   */
  public void setUsage(String usage) {
    this.usage = usage;
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public static Page<SetupIntent> list() throws ApiException {
    return list((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public static Page<SetupIntent> list(RequestOptions options) throws ApiException {
    return list((Map<String, Object>) null, options);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public static Page<SetupIntent> list(SetupIntentListParams params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public static Page<SetupIntent> list(
      SetupIntentListParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/setup_intents")
            .with(params, options)
            .validate(Validators::setupIntentsList)
            .validateResponse(Validators::setupIntentsListResponse),
        SetupIntent.class,
        null,
        false);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public static Page<SetupIntent> list(Map<String, Object> params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public static Page<SetupIntent> list(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/setup_intents")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::setupIntentsList)
            .validateResponse(Validators::setupIntentsListResponse),
        SetupIntent.class,
        null,
        false);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public static SetupIntent create() throws ApiException {
    return create((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public static SetupIntent create(RequestOptions options) throws ApiException {
    return create((Map<String, Object>) null, options);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public static SetupIntent create(SetupIntentCreateParams params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public static SetupIntent create(
      SetupIntentCreateParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/setup_intents")
            .with(params, options)
            .validate(Validators::setupIntentsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::setupIntentsCreateResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public static SetupIntent create(Map<String, Object> params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public static SetupIntent create(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/setup_intents")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::setupIntentsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::setupIntentsCreateResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public static SetupIntent retrieve(String intent) throws ApiException {
    return retrieve(intent, (Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public static SetupIntent retrieve(String intent, RequestOptions options) throws ApiException {
    return retrieve(intent, (Map<String, Object>) null, options);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public static SetupIntent retrieve(
      String intent, SetupIntentRetrieveParams params) throws ApiException {
    return retrieve(intent, params, (RequestOptions) null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public static SetupIntent retrieve(
      String intent, SetupIntentRetrieveParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/setup_intents/{intent}", intent)
            .with(params, options)
            .validate(Validators::setupIntentsRetrieve)
            .validateResponse(Validators::setupIntentsRetrieveResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public static SetupIntent retrieve(
      String intent, Map<String, Object> params) throws ApiException {
    return retrieve(intent, params, (RequestOptions) null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public static SetupIntent retrieve(
      String intent, Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/setup_intents/{intent}", intent)
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::setupIntentsRetrieve)
            .validateResponse(Validators::setupIntentsRetrieveResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm() throws ApiException {
    return confirm((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(RequestOptions options) throws ApiException {
    return confirm((Map<String, Object>) null, options);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(SetupIntentConfirmParams params) throws ApiException {
    return confirm(params, (RequestOptions) null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(
      SetupIntentConfirmParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/setup_intents/{intent}/confirm", this.getId())
            .with(params, options)
            .validate(Validators::setupIntentsConfirm)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::setupIntentsConfirmResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(Map<String, Object> params) throws ApiException {
    return confirm(params, (RequestOptions) null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/setup_intents/{intent}/confirm", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::setupIntentsConfirm)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::setupIntentsConfirmResponse),
        SetupIntent.class,
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
    SetupIntent that = (SetupIntent) o;
    return Objects.equals(this.attachToSelf, that.attachToSelf)
        && Objects.equals(this.automaticPaymentMethods, that.automaticPaymentMethods)
        && Objects.equals(this.cancellationReason, that.cancellationReason)
        && Objects.equals(this.clientSecret, that.clientSecret)
        && Objects.equals(this.created, that.created)
        && Objects.equals(this.customer, that.customer)
        && Objects.equals(this.description, that.description)
        && Objects.equals(this.flowDirections, that.flowDirections)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.lastSetupError, that.lastSetupError)
        && Objects.equals(this.latestAttempt, that.latestAttempt)
        && Objects.equals(this.livemode, that.livemode)
        && Objects.equals(this.mandate, that.mandate)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.nextAction, that.nextAction)
        && Objects.equals(this.object, that.object)
        && Objects.equals(this.paymentMethod, that.paymentMethod)
        && Objects.equals(this.paymentMethodTypes, that.paymentMethodTypes)
        && Objects.equals(this.status, that.status)
        && Objects.equals(this.usage, that.usage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attachToSelf, automaticPaymentMethods, cancellationReason, clientSecret, created, customer, description, flowDirections, id, lastSetupError, latestAttempt, livemode, mandate, metadata, nextAction, object, paymentMethod, paymentMethodTypes, status, usage);
  }

  /**
   * Settings for automatic payment methods on a SetupIntent.
   */
  public static class AutomaticPaymentMethods extends ApiObject {
    /**
     * Whether payment methods that require a redirect may be offered. Defaults to {@code always}.
     * <p>
     * One of {@code always}, {@code never}.
     */
    @SerializedName("allow_redirects")
    private String allowRedirects;

    /**
     * Whether automatic payment methods are enabled for this SetupIntent.
     */
    @SerializedName("enabled")
    private Boolean enabled;

    /**
     * Whether payment methods that require a redirect may be offered. Defaults to {@code always}.
     * <p>
     * One of {@code always}, {@code never}.
     */
    public String getAllowRedirects() {
      return allowRedirects;
    }

    /**
     * Whether automatic payment methods are enabled for this SetupIntent.
     */
    public Boolean getEnabled() {
      return enabled;
    }

    /**
     * Whether payment methods that require a redirect may be offered. Defaults to {@code always}.
     * <p>
     * One of {@code always}, {@code never}.
     */
    public void setAllowRedirects(String allowRedirects) {
      this.allowRedirects = allowRedirects;
    }

    /**
     * Whether automatic payment methods are enabled for this SetupIntent.
     */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      AutomaticPaymentMethods that = (AutomaticPaymentMethods) o;
      return Objects.equals(this.allowRedirects, that.allowRedirects)
          && Objects.equals(this.enabled, that.enabled);
    }

    @Override
    public int hashCode() {
      return Objects.hash(allowRedirects, enabled);
    }

  }

  /**
   * An action the customer must take before a SetupIntent can proceed.
   */
  public static class NextAction extends ApiObject {
    /**
     * Present when {@code type} is {@code redirect_to_url}.
     */
    @SerializedName("redirect_to_url")
    private RedirectToUrl redirectToUrl;

    /**
     * The kind of next action, such as {@code redirect_to_url} or {@code use_stripe_sdk}. An extra
     * hash named after the type holds its details.
     */
    @SerializedName("type")
    private String type;

    /**
     * Present when {@code type} is {@code use_stripe_sdk}. Its contents are for Stripe.js and the
     * mobile SDKs only and may change.
     */
    @SerializedName("use_stripe_sdk")
    private Map<String, Object> useStripeSdk;

    /**
     * Present when {@code type} is {@code redirect_to_url}.
     */
    public RedirectToUrl getRedirectToUrl() {
      return redirectToUrl;
    }

    /**
     * The kind of next action, such as {@code redirect_to_url} or {@code use_stripe_sdk}. An extra
     * hash named after the type holds its details.
     */
    public String getType() {
      return type;
    }

    /**
     * Present when {@code type} is {@code use_stripe_sdk}. Its contents are for Stripe.js and the
     * mobile SDKs only and may change.
     */
    public Map<String, Object> getUseStripeSdk() {
      return useStripeSdk;
    }

    /**
     * Present when {@code type} is {@code redirect_to_url}.
     */
    public void setRedirectToUrl(RedirectToUrl redirectToUrl) {
      this.redirectToUrl = redirectToUrl;
    }

    /**
     * The kind of next action, such as {@code redirect_to_url} or {@code use_stripe_sdk}. An extra
     * hash named after the type holds its details.
     */
    public void setType(String type) {
      this.type = type;
    }

    /**
     * Present when {@code type} is {@code use_stripe_sdk}. Its contents are for Stripe.js and the
     * mobile SDKs only and may change.
     */
    public void setUseStripeSdk(Map<String, Object> useStripeSdk) {
      this.useStripeSdk = useStripeSdk;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (o == null || o.getClass() != getClass()) {
        return false;
      }
      NextAction that = (NextAction) o;
      return Objects.equals(this.redirectToUrl, that.redirectToUrl)
          && Objects.equals(this.type, that.type)
          && Objects.equals(this.useStripeSdk, that.useStripeSdk);
    }

    @Override
    public int hashCode() {
      return Objects.hash(redirectToUrl, type, useStripeSdk);
    }

    /**
     * Where to send the customer to authenticate the setup.
     */
    public static class RedirectToUrl extends ApiObject {
      /**
       * Where the customer is sent back to once authentication is done.
       */
      @SerializedName("return_url")
      private String returnUrl;

      /**
       * The URL to redirect the customer to so they can authenticate the setup.
       */
      @SerializedName("url")
      private String url;

      /**
       * Where the customer is sent back to once authentication is done.
       */
      public String getReturnUrl() {
        return returnUrl;
      }

      /**
       * The URL to redirect the customer to so they can authenticate the setup.
       */
      public String getUrl() {
        return url;
      }

      /**
       * Where the customer is sent back to once authentication is done.
       */
      public void setReturnUrl(String returnUrl) {
        this.returnUrl = returnUrl;
      }

      /**
       * The URL to redirect the customer to so they can authenticate the setup.
       */
      public void setUrl(String url) {
        this.url = url;
      }

      @Override
      public boolean equals(Object o) {
        if (this == o) {
          return true;
        }
        if (o == null || o.getClass() != getClass()) {
          return false;
        }
        RedirectToUrl that = (RedirectToUrl) o;
        return Objects.equals(this.returnUrl, that.returnUrl)
            && Objects.equals(this.url, that.url);
      }

      @Override
      public int hashCode() {
        return Objects.hash(returnUrl, url);
      }

    }

  }

}
