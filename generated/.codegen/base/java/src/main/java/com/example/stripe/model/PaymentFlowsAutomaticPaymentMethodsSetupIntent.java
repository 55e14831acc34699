// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Settings for automatic payment methods on a SetupIntent.
 */
public class PaymentFlowsAutomaticPaymentMethodsSetupIntent extends ApiObject {
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

}
