// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * The digital wallet a card was tokenized with.
 */
public class PaymentMethodCardWallet extends ApiObject {
  /**
   * The last four digits of the device account number, for wallets that issue one.
   */
  @SerializedName("dynamic_last4")
  private String dynamicLast4;

  /**
   * The type of wallet. An extra hash named after the type holds details specific to that wallet.
   * <p>
   * One of {@code amex_express_checkout}, {@code apple_pay}, {@code google_pay}, {@code link},
   * {@code masterpass}, {@code samsung_pay}, {@code visa_checkout}.
   */
  @SerializedName("type")
  private String type;

  /**
   * The last four digits of the device account number, for wallets that issue one.
   */
  public String getDynamicLast4() {
    return dynamicLast4;
  }

  /**
   * The type of wallet. An extra hash named after the type holds details specific to that wallet.
   * <p>
   * One of {@code amex_express_checkout}, {@code apple_pay}, {@code google_pay}, {@code link},
   * {@code masterpass}, {@code samsung_pay}, {@code visa_checkout}.
   */
  public String getType() {
    return type;
  }

}
