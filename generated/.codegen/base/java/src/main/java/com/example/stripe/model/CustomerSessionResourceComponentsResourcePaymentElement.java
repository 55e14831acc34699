// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the Payment Element is enabled, and the features it supports.
 */
public class CustomerSessionResourceComponentsResourcePaymentElement extends ApiObject {
  /**
   * Whether the Payment Element is enabled.
   */
  @SerializedName("enabled")
  private Boolean enabled;

  /**
   * The features the Payment Element supports.
   */
  @SerializedName("features")
  private CustomerSessionResourceComponentsResourcePaymentElementResourceFeatures features;

  /**
   * Whether the Payment Element is enabled.
   */
  public Boolean getEnabled() {
    return enabled;
  }

  /**
   * The features the Payment Element supports.
   */
  public CustomerSessionResourceComponentsResourcePaymentElementResourceFeatures getFeatures() {
    return features;
  }

}
