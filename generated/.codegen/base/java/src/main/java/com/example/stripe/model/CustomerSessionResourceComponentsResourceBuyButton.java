// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the buy button component is enabled.
 */
public class CustomerSessionResourceComponentsResourceBuyButton extends ApiObject {
  /**
   * Whether the buy button is enabled.
   */
  @SerializedName("enabled")
  private Boolean enabled;

  /**
   * Whether the buy button is enabled.
   */
  public Boolean getEnabled() {
    return enabled;
  }

}
