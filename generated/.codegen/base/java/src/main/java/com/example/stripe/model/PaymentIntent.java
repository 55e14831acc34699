// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ExpandableField;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;

/**
 * A PaymentIntent guides you through collecting one payment from a customer. Create exactly one
 * PaymentIntent per order or customer session; it moves through several statuses as it works with
 * Stripe.js to run any authentication, and creates at most one successful charge.
 * <p>
 * Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)
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
  private PaymentFlowsAutomaticPaymentMethodsPaymentIntent automaticPaymentMethods;

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
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
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
  private PaymentIntentNextAction nextAction;

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
  public PaymentFlowsAutomaticPaymentMethodsPaymentIntent getAutomaticPaymentMethods() {
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
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
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
  public PaymentIntentNextAction getNextAction() {
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

}
