// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Contact details of the person responsible for paying with a payment method.
 */
public class BillingDetails extends ApiObject {
  /**
   * Billing address.
   */
  @SerializedName("address")
  private Address address;

  /**
   * Email address.
   */
  @SerializedName("email")
  private String email;

  /**
   * Full name.
   */
  @SerializedName("name")
  private String name;

  /**
   * Billing phone number, including any extension.
   */
  @SerializedName("phone")
  private String phone;

  /**
   * Billing address.
   */
  public Address getAddress() {
    return address;
  }

  /**
   * Email address.
   */
  public String getEmail() {
    return email;
  }

  /**
   * Full name.
   */
  public String getName() {
    return name;
  }

  /**
   * Billing phone number, including any extension.
   */
  public String getPhone() {
    return phone;
  }

}
