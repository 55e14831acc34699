// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the mobile Payment Element is enabled, and the features it supports.
 */
public class CustomerSessionResourceComponentsResourceMobilePaymentElement extends ApiObject {
  /**
   * Whether the mobile Payment Element is enabled.
   */
  @SerializedName("enabled")
  private Boolean enabled;

  /**
   * The features the mobile Payment Element supports.
   */
  @SerializedName("features")
  private CustomerSessionResourceComponentsResourceMobilePaymentElementResourceFeatures features;

  /**
   * Whether the mobile Payment Element is enabled.
   */
  public Boolean getEnabled() {
    return enabled;
  }

  /**
   * The features the mobile Payment Element supports.
   */
  public CustomerSessionResourceComponentsResourceMobilePaymentElementResourceFeatures getFeatures() {
    return features;
  }

}
