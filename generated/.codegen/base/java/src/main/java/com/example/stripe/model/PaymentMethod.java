// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ExpandableField;
import com.google.gson.annotations.SerializedName;
import java.util.Map;

/**
 * A PaymentMethod represents one of your customer's payment instruments. Use it with a
 * PaymentIntent to collect a payment, or attach it to a Customer to keep the instrument for future
 * payments.
 */
public class PaymentMethod extends ApiObject {
  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  @SerializedName("allow_redisplay")
  private String allowRedisplay;

  /**
   * Billing information associated with the payment method.
   */
  @SerializedName("billing_details")
  private BillingDetails billingDetails;

  /**
   * Card details. Present when {@code type} is {@code card}.
   */
  @SerializedName("card")
  private PaymentMethodCard card;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
   */
  @SerializedName("customer")
  private ExpandableField<Customer> customer;

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
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  @SerializedName("metadata")
  private Map<String, String> metadata;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_method}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   * <p>
   * One of {@code acss_debit}, {@code bancontact}, {@code card}, {@code card_present}, {@code
   * cashapp}, {@code ideal}, {@code klarna}, {@code link}, {@code paypal}, {@code sepa_debit},
   * {@code us_bank_account}.
   */
  @SerializedName("type")
  private String type;

  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  public String getAllowRedisplay() {
    return allowRedisplay;
  }

  /**
   * Billing information associated with the payment method.
   */
  public BillingDetails getBillingDetails() {
    return billingDetails;
  }

  /**
   * Card details. Present when {@code type} is {@code card}.
   */
  public PaymentMethodCard getCard() {
    return card;
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
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
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
   * A set of key-value pairs you can attach to the object to store extra information in a structured
   * form.
   */
  public Map<String, String> getMetadata() {
    return metadata;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code payment_method}.
   */
  public String getObject() {
    return object;
  }

  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   * <p>
   * One of {@code acss_debit}, {@code bancontact}, {@code card}, {@code card_present}, {@code
   * cashapp}, {@code ideal}, {@code klarna}, {@code link}, {@code paypal}, {@code sepa_debit},
   * {@code us_bank_account}.
   */
  public String getType() {
    return type;
  }

}
