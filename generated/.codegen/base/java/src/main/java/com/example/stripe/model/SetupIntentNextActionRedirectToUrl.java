// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Where to send the customer to authenticate the setup.
 */
public class SetupIntentNextActionRedirectToUrl extends ApiObject {
  /**
   * Where the customer is sent back to once authentication is done.
   */
  @SerializedName("return_url")
  private String returnUrl;

  /**
   * The URL to redirect the customer to so they can authenticate the setup.
   */
  @SerializedName("url")
  private String url;

  /**
   * Where the customer is sent back to once authentication is done.
   */
  public String getReturnUrl() {
    return returnUrl;
  }

  /**
   * The URL to redirect the customer to so they can authenticate the setup.
   */
  public String getUrl() {
    return url;
  }

}
