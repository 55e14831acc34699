// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The features the customer sheet supports.
 */
public class CustomerSessionResourceComponentsResourceCustomerSheetResourceFeatures extends ApiObject {
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
   * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
   * from the customer, which affects any subscription that relies on it.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  @SerializedName("payment_method_remove")
  private String paymentMethodRemove;

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
   * Whether the customer sheet offers to remove a saved payment method. Removing one detaches it
   * from the customer, which affects any subscription that relies on it.
   * <p>
   * One of {@code disabled}, {@code enabled}.
   */
  public String getPaymentMethodRemove() {
    return paymentMethodRemove;
  }

}
