// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the customer sheet is enabled, and the features it supports.
 */
public class CustomerSessionResourceComponentsResourceCustomerSheet extends ApiObject {
  /**
   * Whether the customer sheet is enabled.
   */
  @SerializedName("enabled")
  private Boolean enabled;

  /**
   * The features the customer sheet supports.
   */
  @SerializedName("features")
  private CustomerSessionResourceComponentsResourceCustomerSheetResourceFeatures features;

  /**
   * Whether the customer sheet is enabled.
   */
  public Boolean getEnabled() {
    return enabled;
  }

  /**
   * The features the customer sheet supports.
   */
  public CustomerSessionResourceComponentsResourceCustomerSheetResourceFeatures getFeatures() {
    return features;
  }

}
