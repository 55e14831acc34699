// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the pricing table component is enabled.
 */
public class CustomerSessionResourceComponentsResourcePricingTable extends ApiObject {
  /**
   * Whether the pricing table is enabled.
   */
  @SerializedName("enabled")
  private Boolean enabled;

  /**
   * Whether the pricing table is enabled.
   */
  public Boolean getEnabled() {
    return enabled;
  }

}
