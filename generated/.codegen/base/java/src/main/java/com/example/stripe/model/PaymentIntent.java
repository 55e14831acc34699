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
import com.example.stripe.param.PaymentIntentCancelParams;
import com.example.stripe.param.PaymentIntentConfirmParams;
import com.example.stripe.param.PaymentIntentCreateParams;
import com.example.stripe.param.PaymentIntentListParams;
import com.example.stripe.param.PaymentIntentRetrieveParams;
import com.example.stripe.param.PaymentIntentUpdateParams;
import com.example.stripe.validation.Validators;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PaymentIntent guides you through collecting one payment from a customer. Create exactly one
 * PaymentIntent per order or customer session; it moves through several statuses as it works with
 * Stripe.js to run any authentication, and creates at most one successful charge.
 * <p>
 * Related guide: <a href="https://stripe.com/docs/payments/payment-intents">Payment Intents
 * API</a>
 */
public class PaymentIntent extends ApiObject {
  /**
   * Amount intended to be collected, as a positive integer in the smallest currency unit (for
   * example 100 cents to charge $1.00, or 100 to charge ¥100, a zero-decimal currency).
   */
  @SerializedName("amount")
  private Long amount;

  /**
   * Amount that can still be captured from this PaymentIntent.
   */
  @SerializedName("amount_capturable")
  private Long amountCapturable;

  /**
   * Amount that this PaymentIntent has collected.
   */
  @SerializedName("amount_received")
  private Long amountReceived;

  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  @SerializedName("automatic_payment_methods")
  private AutomaticPaymentMethods automaticPaymentMethods;

  /**
   * When the PaymentIntent was canceled, in seconds since the Unix epoch; null unless its status is
   * {@code canceled}.
   */
  @SerializedName("canceled_at")
  private Long canceledAt;

  /**
   * Why the PaymentIntent was canceled, if it was.
   * <p>
   * One of {@code abandoned}, {@code automatic}, {@code duplicate}, {@code failed_invoice}, {@code
   * fraudulent}, {@code requested_by_customer}, {@code void_invoice}.
   */
  @SerializedName("cancellation_reason")
  private String cancellationReason;

  /**
   * How the funds are captured from the customer's account.
   * <p>
   * One of {@code automatic}, {@code automatic_async}, {@code manual}.
   */
  @SerializedName("capture_method")
  private String captureMethod;

  /**
   * The client secret of this PaymentIntent. Use it on the client to complete the payment with
   * Stripe.js. Do not store it, log it, or expose it to anyone other than the customer, and serve
   * every page that includes it over TLS.
   */
  @SerializedName("client_secret")
  private String clientSecret;

  /**
   * {@code automatic} lets the PaymentIntent be confirmed with a publishable key; {@code manual}
   * requires a secret key after any next actions are handled.
   * <p>
   * One of {@code automatic}, {@code manual}.
   */
  @SerializedName("confirmation_method")
  private String confirmationMethod;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * Three-letter <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO currency code</a>,
   * in lowercase. Must be a <a href="https://stripe.com/docs/currencies">supported currency</a>.
   */
  @SerializedName("currency")
  private String currency;

  /**
   * The Customer this PaymentIntent belongs to, if any. Its payment method can be attached to the
   * customer once the payment succeeds.
   */
  @SerializedName("customer")
  private ExpandableField<Customer> customer;

  /**
   * An arbitrary string attached to the object, often useful for display.
   */
  @SerializedName("description")
  private String description;

  /**
   * Unique identifier for the object.
   */
  @SerializedName("id")
  private String id;

  /**
   * The error from the latest payment attempt, if it failed.
   */
  @SerializedName("last_payment_error")
  private ApiErrors lastPaymentError;

  /**
   * ID of the latest charge this PaymentIntent created.
   */
  @SerializedName("latest_charge")
  private String latestCharge;

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  @SerializedName("livemode")
  private Boolean livemode;

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  @SerializedName("metadata")
  private Map<String, String> metadata;

  /**
   * When present, the actions your customer must take before the payment can proceed.
   */
  @SerializedName("next_action")
  private NextAction nextAction;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_intent}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The payment method used in this PaymentIntent.
   */
  @SerializedName("payment_method")
  private ExpandableField<PaymentMethod> paymentMethod;

  /**
   * The payment method types (such as {@code card}) this PaymentIntent may use.
   */
  @SerializedName("payment_method_types")
  private List<String> paymentMethodTypes;

  /**
   * Email address the payment's receipt is sent to.
   */
  @SerializedName("receipt_email")
  private String receiptEmail;

  /**
   * Declares that the payment method will be reused for future payments. {@code on_session} means
   * the customer will be present in your checkout flow; {@code off_session} means they may not be.
   * <p>
   * One of {@code off_session}, {@code on_session}.
   */
  @SerializedName("setup_future_usage")
  private String setupFutureUsage;

  /**
   * Shipping information for this PaymentIntent.
   */
  @SerializedName("shipping")
  private Shipping shipping;

  /**
   * Text shown on the customer's card statement for non-card charges.
   */
  @SerializedName("statement_descriptor")
  private String statementDescriptor;

  /**
   * Text appended to your account's statement descriptor prefix to form the full descriptor shown on
   * card statements.
   */
  @SerializedName("statement_descriptor_suffix")
  private String statementDescriptorSuffix;

  /**
   * Status of this PaymentIntent: {@code requires_payment_method}, {@code requires_confirmation},
   * {@code requires_action}, {@code processing}, {@code requires_capture}, {@code canceled}, or
   * {@code succeeded}.
   * <p>
   * One of {@code canceled}, {@code processing}, {@code requires_action}, {@code requires_capture},
   * {@code requires_confirmation}, {@code requires_payment_method}, {@code succeeded}.
   */
  @SerializedName("status")
  private String status;

  /**
   * Amount intended to be collected, as a positive integer in the smallest currency unit (for
   * example 100 cents to charge $1.00, or 100 to charge ¥100, a zero-decimal currency).
   */
  public Long getAmount() {
    return amount;
  }

  /**
   * Amount that can still be captured from this PaymentIntent.
   */
  public Long getAmountCapturable() {
    return amountCapturable;
  }

  /**
   * Amount that this PaymentIntent has collected.
   */
  public Long getAmountReceived() {
    return amountReceived;
  }

  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  public AutomaticPaymentMethods getAutomaticPaymentMethods() {
    return automaticPaymentMethods;
  }

  /**
   * When the PaymentIntent was canceled, in seconds since the Unix epoch; null unless its status is
   * {@code canceled}.
   */
  public Long getCanceledAt() {
    return canceledAt;
  }

  /**
   * Why the PaymentIntent was canceled, if it was.
   * <p>
   * One of {@code abandoned}, {@code automatic}, {@code duplicate}, {@code failed_invoice}, {@code
   * fraudulent}, {@code requested_by_customer}, {@code void_invoice}.
   */
  public String getCancellationReason() {
    return cancellationReason;
  }

  /**
   * How the funds are captured from the customer's account.
   * <p>
   * One of {@code automatic}, {@code automatic_async}, {@code manual}.
   */
  public String getCaptureMethod() {
    return captureMethod;
  }

  /**
   * The client secret of this PaymentIntent. Use it on the client to complete the payment with
   * Stripe.js. Do not store it, log it, or expose it to anyone other than the customer, and serve
   * every page that includes it over TLS.
   */
  public String getClientSecret() {
    return clientSecret;
  }

  /**
   * {@code automatic} lets the PaymentIntent be confirmed with a publishable key; {@code manual}
   * requires a secret key after any next actions are handled.
   * <p>
   * One of {@code automatic}, {@code manual}.
   */
  public String getConfirmationMethod() {
    return confirmationMethod;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public Long getCreated() {
    return created;
  }

  /**
   * Three-letter <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO currency code</a>,
   * in lowercase. Must be a <a href="https://stripe.com/docs/currencies">supported currency</a>.
   */
  public String getCurrency() {
    return currency;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer this PaymentIntent belongs to, if any. Its payment method can be attached to the
   * customer once the payment succeeds.
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
   * Unique identifier for the object.
   */
  public String getId() {
    return id;
  }

  /**
   * The error from the latest payment attempt, if it failed.
   */
  public ApiErrors getLastPaymentError() {
    return lastPaymentError;
  }

  /**
   * ID of the latest charge this PaymentIntent created.
   */
  public String getLatestCharge() {
    return latestCharge;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public Boolean getLivemode() {
    return livemode;
  }

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public Map<String, String> getMetadata() {
    return metadata;
  }

  /**
   * When present, the actions your customer must take before the payment can proceed.
   */
  public NextAction getNextAction() {
    return nextAction;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_intent}.
   */
  public String getObject() {
    return object;
  }

  /**
   * The id of the expandable payment_method.
   * <p>
   * The payment method used in this PaymentIntent.
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
   * The payment method types (such as {@code card}) this PaymentIntent may use.
   */
  public List<String> getPaymentMethodTypes() {
    return paymentMethodTypes;
  }

  /**
   * Email address the payment's receipt is sent to.
   */
  public String getReceiptEmail() {
    return receiptEmail;
  }

  /**
   * Declares that the payment method will be reused for future payments. {@code on_session} means
   * the customer will be present in your checkout flow; {@code off_session} means they may not be.
   * <p>
   * One of {@code off_session}, {@code on_session}.
   */
  public String getSetupFutureUsage() {
    return setupFutureUsage;
  }

  /**
   * Shipping information for this PaymentIntent.
   */
  public Shipping getShipping() {
    return shipping;
  }

  /**
   * Text shown on the customer's card statement for non-card charges.
   */
  public String getStatementDescriptor() {
    return statementDescriptor;
  }

  /**
   * Text appended to your account's statement descriptor prefix to form the full descriptor shown on
   * card statements.
   */
  public String getStatementDescriptorSuffix() {
    return statementDescriptorSuffix;
  }

  /**
   * Status of this PaymentIntent: {@code requires_payment_method}, {@code requires_confirmation},
   * {@code requires_action}, {@code processing}, {@code requires_capture}, {@code canceled}, or
   * {@code succeeded}.
   * <p>
   * One of {@code canceled}, {@code processing}, {@code requires_action}, {@code requires_capture},
   * {@code requires_confirmation}, {@code requires_payment_method}, {@code succeeded}.
   */
  public String getStatus() {
    return status;
  }

  /**
   * Amount intended to be collected, as a positive integer in the smallest currency unit (for
   * example 100 cents to charge $1.00, or 100 to charge ¥100, a zero-decimal currency).
   */
  public void setAmount(Long amount) {
    this.amount = amount;
  }

  /**
   * Amount that can still be captured from this PaymentIntent.
   */
  public void setAmountCapturable(Long amountCapturable) {
    this.amountCapturable = amountCapturable;
  }

  /**
   * Amount that this PaymentIntent has collected.
   */
  public void setAmountReceived(Long amountReceived) {
    this.amountReceived = amountReceived;
  }

  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  public void setAutomaticPaymentMethods(AutomaticPaymentMethods automaticPaymentMethods) {
    this.automaticPaymentMethods = automaticPaymentMethods;
  }

  /**
   * When the PaymentIntent was canceled, in seconds since the Unix epoch; null unless its status is
   * {@code canceled}.
   */
  public void setCanceledAt(Long canceledAt) {
    this.canceledAt = canceledAt;
  }

  /**
   * Why the PaymentIntent was canceled, if it was.
   * <p>
   * One of {@code abandoned}, {@code automatic}, {@code duplicate}, {@code failed_invoice}, {@code
   * fraudulent}, {@code requested_by_customer}, {@code void_invoice}.
   */
  public void setCancellationReason(String cancellationReason) {
    this.cancellationReason = cancellationReason;
  }

  /**
   * How the funds are captured from the customer's account.
   * <p>
   * One of {@code automatic}, {@code automatic_async}, {@code manual}.
   */
  public void setCaptureMethod(String captureMethod) {
    this.captureMethod = captureMethod;
  }

  /**
   * The client secret of this PaymentIntent. Use it on the client to complete the payment with
   * Stripe.js. Do not store it, log it, or expose it to anyone other than the customer, and serve
   * every page that includes it over TLS.
   */
  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * {@code automatic} lets the PaymentIntent be confirmed with a publishable key; {@code manual}
   * requires a secret key after any next actions are handled.
   * <p>
   * One of {@code automatic}, {@code manual}.
   */
  public void setConfirmationMethod(String confirmationMethod) {
    this.confirmationMethod = confirmationMethod;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public void setCreated(Long created) {
    this.created = created;
  }

  /**
   * Three-letter <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO currency code</a>,
   * in lowercase. Must be a <a href="https://stripe.com/docs/currencies">supported currency</a>.
   */
  public void setCurrency(String currency) {
    this.currency = currency;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer this PaymentIntent belongs to, if any. Its payment method can be attached to the
   * customer once the payment succeeds.
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
   * Unique identifier for the object.
   */
  public void setId(String id) {
    this.id = id;
  }

  /**
   * The error from the latest payment attempt, if it failed.
   */
  public void setLastPaymentError(ApiErrors lastPaymentError) {
    this.lastPaymentError = lastPaymentError;
  }

  /**
   * ID of the latest charge this PaymentIntent created.
   */
  public void setLatestCharge(String latestCharge) {
    this.latestCharge = latestCharge;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public void setLivemode(Boolean livemode) {
    this.livemode = livemode;
  }

  /**
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public void setMetadata(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  /**
   * When present, the actions your customer must take before the payment can proceed.
   */
  public void setNextAction(NextAction nextAction) {
    this.nextAction = nextAction;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_intent}.
   */
  public void setObject(String object) {
    this.object = object;
  }

  /**
   * The id of the expandable payment_method.
   * <p>
   * The payment method used in this PaymentIntent.
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
   * The payment method types (such as {@code card}) this PaymentIntent may use.
   */
  public void setPaymentMethodTypes(List<String> paymentMethodTypes) {
    this.paymentMethodTypes = paymentMethodTypes;
  }

  /**
   * Email address the payment's receipt is sent to.
   */
  public void setReceiptEmail(String receiptEmail) {
    this.receiptEmail = receiptEmail;
  }

  /**
   * Declares that the payment method will be reused for future payments. {@code on_session} means
   * the customer will be present in your checkout flow; {@code off_session} means they may not be.
   * <p>
   * One of {@code off_session}, {@code on_session}.
   */
  public void setSetupFutureUsage(String setupFutureUsage) {
    this.setupFutureUsage = setupFutureUsage;
  }

  /**
   * Shipping information for this PaymentIntent.
   */
  public void setShipping(Shipping shipping) {
    this.shipping = shipping;
  }

  /**
   * Text shown on the customer's card statement for non-card charges.
   */
  public void setStatementDescriptor(String statementDescriptor) {
    this.statementDescriptor = statementDescriptor;
  }

  /**
   * Text appended to your account's statement descriptor prefix to form the full descriptor shown on
   * card statements.
   */
  public void setStatementDescriptorSuffix(String statementDescriptorSuffix) {
    this.statementDescriptorSuffix = statementDescriptorSuffix;
  }

  /**
   * Status of this PaymentIntent: {@code requires_payment_method}, {@code requires_confirmation},
   * {@code requires_action}, {@code processing}, {@code requires_capture}, {@code canceled}, or
   * {@code succeeded}.
   * <p>
   * One of {@code canceled}, {@code processing}, {@code requires_action}, {@code requires_capture},
   * {@code requires_confirmation}, {@code requires_payment_method}, {@code succeeded}.
   */
  public void setStatus(String status) {
    this.status = status;
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public static Page<PaymentIntent> list() throws ApiException {
    return list((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public static Page<PaymentIntent> list(RequestOptions options) throws ApiException {
    return list((Map<String, Object>) null, options);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public static Page<PaymentIntent> list(PaymentIntentListParams params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public static Page<PaymentIntent> list(
      PaymentIntentListParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/payment_intents")
            .with(params, options)
            .validate(Validators::paymentIntentsList)
            .validateResponse(Validators::paymentIntentsListResponse),
        PaymentIntent.class,
        null,
        false);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public static Page<PaymentIntent> list(Map<String, Object> params) throws ApiException {
    return list(params, (RequestOptions) null);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public static Page<PaymentIntent> list(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().requestPage(
        ApiRequest.of("GET", "/v1/payment_intents")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentIntentsList)
            .validateResponse(Validators::paymentIntentsListResponse),
        PaymentIntent.class,
        null,
        false);
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing {@code confirm=true} does both in one request.
   */
  public static PaymentIntent create(PaymentIntentCreateParams params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing {@code confirm=true} does both in one request.
   */
  public static PaymentIntent create(
      PaymentIntentCreateParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents")
            .with(params, options)
            .validate(Validators::paymentIntentsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsCreateResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing {@code confirm=true} does both in one request.
   */
  public static PaymentIntent create(Map<String, Object> params) throws ApiException {
    return create(params, (RequestOptions) null);
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing {@code confirm=true} does both in one request.
   */
  public static PaymentIntent create(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents")
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentIntentsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsCreateResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public static PaymentIntent retrieve(String intent) throws ApiException {
    return retrieve(intent, (Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public static PaymentIntent retrieve(String intent, RequestOptions options) throws ApiException {
    return retrieve(intent, (Map<String, Object>) null, options);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public static PaymentIntent retrieve(
      String intent, PaymentIntentRetrieveParams params) throws ApiException {
    return retrieve(intent, params, (RequestOptions) null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public static PaymentIntent retrieve(
      String intent, PaymentIntentRetrieveParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/payment_intents/{intent}", intent)
            .with(params, options)
            .validate(Validators::paymentIntentsRetrieve)
            .validateResponse(Validators::paymentIntentsRetrieveResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public static PaymentIntent retrieve(
      String intent, Map<String, Object> params) throws ApiException {
    return retrieve(intent, params, (RequestOptions) null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public static PaymentIntent retrieve(
      String intent, Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("GET", "/v1/payment_intents/{intent}", intent)
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentIntentsRetrieve)
            .validateResponse(Validators::paymentIntentsRetrieveResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update() throws ApiException {
    return update((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(RequestOptions options) throws ApiException {
    return update((Map<String, Object>) null, options);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(PaymentIntentUpdateParams params) throws ApiException {
    return update(params, (RequestOptions) null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(
      PaymentIntentUpdateParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}", this.getId())
            .with(params, options)
            .validate(Validators::paymentIntentsUpdate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsUpdateResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(Map<String, Object> params) throws ApiException {
    return update(params, (RequestOptions) null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentIntentsUpdate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsUpdateResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel() throws ApiException {
    return cancel((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(RequestOptions options) throws ApiException {
    return cancel((Map<String, Object>) null, options);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(PaymentIntentCancelParams params) throws ApiException {
    return cancel(params, (RequestOptions) null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(
      PaymentIntentCancelParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}/cancel", this.getId())
            .with(params, options)
            .validate(Validators::paymentIntentsCancel)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsCancelResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(Map<String, Object> params) throws ApiException {
    return cancel(params, (RequestOptions) null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}/cancel", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentIntentsCancel)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsCancelResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm() throws ApiException {
    return confirm((Map<String, Object>) null, (RequestOptions) null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(RequestOptions options) throws ApiException {
    return confirm((Map<String, Object>) null, options);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(PaymentIntentConfirmParams params) throws ApiException {
    return confirm(params, (RequestOptions) null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(
      PaymentIntentConfirmParams params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}/confirm", this.getId())
            .with(params, options)
            .validate(Validators::paymentIntentsConfirm)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsConfirmResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(Map<String, Object> params) throws ApiException {
    return confirm(params, (RequestOptions) null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(
      Map<String, Object> params, RequestOptions options) throws ApiException {
    return Stripe.requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}/confirm", this.getId())
            .with(ApiParams.fromMap(params), options)
            .validate(Validators::paymentIntentsConfirm)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsConfirmResponse),
        PaymentIntent.class,
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
    PaymentIntent that = (PaymentIntent) o;
    return Objects.equals(this.amount, that.amount)
        && Objects.equals(this.amountCapturable, that.amountCapturable)
        && Objects.equals(this.amountReceived, that.amountReceived)
        && Objects.equals(this.automaticPaymentMethods, that.automaticPaymentMethods)
        && Objects.equals(this.canceledAt, that.canceledAt)
        && Objects.equals(this.cancellationReason, that.cancellationReason)
        && Objects.equals(this.captureMethod, that.captureMethod)
        && Objects.equals(this.clientSecret, that.clientSecret)
        && Objects.equals(this.confirmationMethod, that.confirmationMethod)
        && Objects.equals(this.created, that.created)
        && Objects.equals(this.currency, that.currency)
        && Objects.equals(this.customer, that.customer)
        && Objects.equals(this.description, that.description)
        && Objects.equals(this.id, that.id)
        && Objects.equals(this.lastPaymentError, that.lastPaymentError)
        && Objects.equals(this.latestCharge, that.latestCharge)
        && Objects.equals(this.livemode, that.livemode)
        && Objects.equals(this.metadata, that.metadata)
        && Objects.equals(this.nextAction, that.nextAction)
        && Objects.equals(this.object, that.object)
        && Objects.equals(this.paymentMethod, that.paymentMethod)
        && Objects.equals(this.paymentMethodTypes, that.paymentMethodTypes)
        && Objects.equals(this.receiptEmail, that.receiptEmail)
        && Objects.equals(this.setupFutureUsage, that.setupFutureUsage)
        && Objects.equals(this.shipping, that.shipping)
        && Objects.equals(this.statementDescriptor, that.statementDescriptor)
        && Objects.equals(this.statementDescriptorSuffix, that.statementDescriptorSuffix)
        && Objects.equals(this.status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, amountCapturable, amountReceived, automaticPaymentMethods, canceledAt, cancellationReason, captureMethod, clientSecret, confirmationMethod, created, currency, customer, description, id, lastPaymentError, latestCharge, livemode, metadata, nextAction, object, paymentMethod, paymentMethodTypes, receiptEmail, setupFutureUsage, shipping, statementDescriptor, statementDescriptorSuffix, status);
  }

  /**
   * Settings for automatic payment methods on a PaymentIntent.
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
     * Whether automatic payment methods are enabled for this PaymentIntent.
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
     * Whether automatic payment methods are enabled for this PaymentIntent.
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
     * Whether automatic payment methods are enabled for this PaymentIntent.
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
   * An action the customer must take before a PaymentIntent can proceed.
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
     * Where to send the customer to authenticate the payment.
     */
    public static class RedirectToUrl extends ApiObject {
      /**
       * Where the customer is sent back to once authentication is done.
       */
      @SerializedName("return_url")
      private String returnUrl;

      /**
       * The URL to redirect the customer to so they can authenticate the payment.
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
       * The URL to redirect the customer to so they can authenticate the payment.
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
       * The URL to redirect the customer to so they can authenticate the payment.
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
