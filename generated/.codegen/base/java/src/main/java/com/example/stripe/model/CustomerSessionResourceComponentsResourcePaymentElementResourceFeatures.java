// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The features the Payment Element supports.
 */
public class CustomerSessionResourceComponentsResourcePaymentElementResourceFeatures extends ApiObject {
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
   * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
   * disabled}.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_redisplay")
  private String paymentMethodRedisplay;

  /**
   * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most
   * 10.
   */
  @SerializedName("payment_method_redisplay_limit")
  private Long paymentMethodRedisplayLimit;

  /**
   * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
   * disabled}. Removing one detaches it from the customer, which affects any subscription that
   * relies on it.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_remove")
  private String paymentMethodRemove;

  /**
   * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
   * {@code disabled}. When the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set
   * to {@code always} at confirmation, and a PaymentIntent's {@code setup_future_usage} is set to
   * {@code payment_method_save_usage}.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_save")
  private String paymentMethodSave;

  /**
   * With PaymentIntents, the {@code setup_future_usage} value used at confirmation when the customer
   * ticks the save checkbox. With SetupIntents, set {@code usage} on the SetupIntent instead.
   * <p>
   * One of {@code off_session}, {@code on_session}.
   */
  @SerializedName("payment_method_save_usage")
  private String paymentMethodSaveUsage;

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
   * Whether the Payment Element shows the customer's saved payment methods. Defaults to {@code
   * disabled}.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodRedisplay() {
    return paymentMethodRedisplay;
  }

  /**
   * The largest number of saved payment methods the Payment Element shows. Defaults to 3; at most
   * 10.
   */
  public Long getPaymentMethodRedisplayLimit() {
    return paymentMethodRedisplayLimit;
  }

  /**
   * Whether the Payment Element offers to remove a saved payment method. Defaults to {@code
   * disabled}. Removing one detaches it from the customer, which affects any subscription that
   * relies on it.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodRemove() {
    return paymentMethodRemove;
  }

  /**
   * Whether the Payment Element shows a checkbox offering to save a new payment method. Defaults to
   * {@code disabled}. When the customer ticks it, the PaymentMethod's {@code allow_redisplay} is set
   * to {@code always} at confirmation, and a PaymentIntent's {@code setup_future_usage} is set to
   * {@code payment_method_save_usage}.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodSave() {
    return paymentMethodSave;
  }

  /**
   * With PaymentIntents, the {@code setup_future_usage} value used at confirmation when the customer
   * ticks the save checkbox. With SetupIntents, set {@code usage} on the SetupIntent instead.
   * <p>
   * One of {@code off_session}, {@code on_session}.
   */
  public String getPaymentMethodSaveUsage() {
    return paymentMethodSaveUsage;
  }

}
