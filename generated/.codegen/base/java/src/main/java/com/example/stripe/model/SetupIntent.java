// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ExpandableField;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;

/**
 * A SetupIntent guides you through setting up and saving a customer's payment credentials for
 * future payments, for example saving a card without charging it yet. If the SetupIntent has a
 * Customer, the resulting payment method is attached to that customer once setup succeeds.
 * <p>
 * Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents)
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
  private PaymentFlowsAutomaticPaymentMethodsSetupIntent automaticPaymentMethods;

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
  private SetupIntentNextAction nextAction;

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
  public PaymentFlowsAutomaticPaymentMethodsSetupIntent getAutomaticPaymentMethods() {
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
  public SetupIntentNextAction getNextAction() {
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

}
