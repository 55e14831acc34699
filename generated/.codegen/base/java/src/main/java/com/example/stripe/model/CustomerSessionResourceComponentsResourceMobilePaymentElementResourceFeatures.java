// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The features the mobile Payment Element supports.
 */
public class CustomerSessionResourceComponentsResourceMobilePaymentElementResourceFeatures extends ApiObject {
  /**
   * Only saved payment methods whose [{@code
   * allow_redisplay}](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
   * value is in this list are shown. Defaults to {@code ["always"]}; list all three values to show
   * every saved payment method.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  @SerializedName("payment_method_allow_redisplay_filters")
  private List<String> paymentMethodAllowRedisplayFilters;

  /**
   * Whether the mobile Payment Element shows the customer's saved payment methods.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_redisplay")
  private String paymentMethodRedisplay;

  /**
   * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
   * detaches it from the customer, which affects any subscription that relies on it.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_remove")
  private String paymentMethodRemove;

  /**
   * Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When
   * the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set to {@code always} at
   * confirmation.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_save")
  private String paymentMethodSave;

  /**
   * The {@code allow_redisplay} value given to a newly saved payment method when {@code
   * payment_method_save} is {@code disabled}. Null means no override.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  @SerializedName("payment_method_save_allow_redisplay_override")
  private String paymentMethodSaveAllowRedisplayOverride;

  /**
   * Only saved payment methods whose [{@code
   * allow_redisplay}](https://stripe.com/docs/api/payment_methods/object#payment_method_object-allow_redisplay)
   * value is in this list are shown. Defaults to {@code ["always"]}; list all three values to show
   * every saved payment method.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  public List<String> getPaymentMethodAllowRedisplayFilters() {
    return paymentMethodAllowRedisplayFilters;
  }

  /**
   * Whether the mobile Payment Element shows the customer's saved payment methods.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodRedisplay() {
    return paymentMethodRedisplay;
  }

  /**
   * Whether the mobile Payment Element offers to remove a saved payment method. Removing one
   * detaches it from the customer, which affects any subscription that relies on it.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodRemove() {
    return paymentMethodRemove;
  }

  /**
   * Whether the mobile Payment Element shows a checkbox offering to save a new payment method. When
   * the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set to {@code always} at
   * confirmation.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodSave() {
    return paymentMethodSave;
  }

  /**
   * The {@code allow_redisplay} value given to a newly saved payment method when {@code
   * payment_method_save} is {@code disabled}. Null means no override.
   * <p>
   * One of {@code always}, {@code limited}, {@code unspecified}.
   */
  public String getPaymentMethodSaveAllowRedisplayOverride() {
    return paymentMethodSaveAllowRedisplayOverride;
  }

}
