// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.Map;

/**
 * An action the customer must take before a PaymentIntent can proceed.
 */
public class PaymentIntentNextAction extends ApiObject {
  /**
   * Present when {@code type} is {@code redirect_to_url}.
   */
  @SerializedName("redirect_to_url")
  private PaymentIntentNextActionRedirectToUrl redirectToUrl;

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
  public PaymentIntentNextActionRedirectToUrl getRedirectToUrl() {
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

}
