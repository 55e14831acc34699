// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Configuration of the components a Customer Session supports.
 */
public class CustomerSessionResourceComponents extends ApiObject {
  /**
   * Whether the client can read the customer's active entitlements.
   */
  @SerializedName("active_entitlements")
  private CustomerSessionResourceComponentsResourceActiveEntitlements activeEntitlements;

  /**
   * Whether the buy button is enabled.
   */
  @SerializedName("buy_button")
  private CustomerSessionResourceComponentsResourceBuyButton buyButton;

  /**
   * Whether the client can open the customer portal.
   */
  @SerializedName("customer_portal")
  private CustomerSessionResourceComponentsResourceCustomerPortal customerPortal;

  /**
   * Whether the customer sheet is enabled, and the features it supports.
   */
  @SerializedName("customer_sheet")
  private CustomerSessionResourceComponentsResourceCustomerSheet customerSheet;

  /**
   * Whether the mobile Payment Element is enabled, and the features it supports.
   */
  @SerializedName("mobile_payment_element")
  private CustomerSessionResourceComponentsResourceMobilePaymentElement mobilePaymentElement;

  /**
   * Whether the Payment Element is enabled, and the features it supports.
   */
  @SerializedName("payment_element")
  private CustomerSessionResourceComponentsResourcePaymentElement paymentElement;

  /**
   * Whether the pricing table is enabled.
   */
  @SerializedName("pricing_table")
  private CustomerSessionResourceComponentsResourcePricingTable pricingTable;

  /**
   * Whether the client can read the customer's active entitlements.
   */
  public CustomerSessionResourceComponentsResourceActiveEntitlements getActiveEntitlements() {
    return activeEntitlements;
  }

  /**
   * Whether the buy button is enabled.
   */
  public CustomerSessionResourceComponentsResourceBuyButton getBuyButton() {
    return buyButton;
  }

  /**
   * Whether the client can open the customer portal.
   */
  public CustomerSessionResourceComponentsResourceCustomerPortal getCustomerPortal() {
    return customerPortal;
  }

  /**
   * Whether the customer sheet is enabled, and the features it supports.
   */
  public CustomerSessionResourceComponentsResourceCustomerSheet getCustomerSheet() {
    return customerSheet;
  }

  /**
   * Whether the mobile Payment Element is enabled, and the features it supports.
   */
  public CustomerSessionResourceComponentsResourceMobilePaymentElement getMobilePaymentElement() {
    return mobilePaymentElement;
  }

  /**
   * Whether the Payment Element is enabled, and the features it supports.
   */
  public CustomerSessionResourceComponentsResourcePaymentElement getPaymentElement() {
    return paymentElement;
  }

  /**
   * Whether the pricing table is enabled.
   */
  public CustomerSessionResourceComponentsResourcePricingTable getPricingTable() {
    return pricingTable;
  }

}
