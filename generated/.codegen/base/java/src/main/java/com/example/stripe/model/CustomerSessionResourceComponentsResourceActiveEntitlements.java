// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Whether the active entitlements component is enabled.
 */
public class CustomerSessionResourceComponentsResourceActiveEntitlements extends ApiObject {
  /**
   * Whether the client may retrieve the customer's active entitlements.
   */
  @SerializedName("enabled")
  private Boolean enabled;

  /**
   * Whether the client may retrieve the customer's active entitlements.
   */
  public Boolean getEnabled() {
    return enabled;
  }

}
