// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Details of a card payment method.
 */
public class PaymentMethodCard extends ApiObject {
  /**
   * Card brand: {@code amex}, {@code diners}, {@code discover}, {@code eftpos_au}, {@code jcb},
   * {@code mastercard}, {@code unionpay}, {@code visa}, or {@code unknown}.
   */
  @SerializedName("brand")
  private String brand;

  /**
   * Results of the checks run on the details the customer entered.
   */
  @SerializedName("checks")
  private PaymentMethodCardChecks checks;

  /**
   * Two-letter ISO code of the card's issuing country. Helps you learn where your customers come
   * from.
   */
  @SerializedName("country")
  private String country;

  /**
   * Two-digit number for the card's expiration month.
   */
  @SerializedName("exp_month")
  private Long expMonth;

  /**
   * Four-digit number for the card's expiration year.
   */
  @SerializedName("exp_year")
  private Long expYear;

  /**
   * Identifies this card number uniquely within your account, so you can tell whether two customers
   * use the same card.
   */
  @SerializedName("fingerprint")
  private String fingerprint;

  /**
   * Funding type of the card: {@code credit}, {@code debit}, {@code prepaid}, or {@code unknown}.
   */
  @SerializedName("funding")
  private String funding;

  /**
   * The last four digits of the card number.
   */
  @SerializedName("last4")
  private String last4;

  /**
   * The card networks that can process payments made with this card.
   */
  @SerializedName("networks")
  private Networks networks;

  /**
   * Whether the card supports 3D Secure.
   */
  @SerializedName("three_d_secure_usage")
  private ThreeDSecureUsage threeDSecureUsage;

  /**
   * When the card was tokenized by a digital wallet, details of that wallet.
   */
  @SerializedName("wallet")
  private PaymentMethodCardWallet wallet;

  /**
   * Card brand: {@code amex}, {@code diners}, {@code discover}, {@code eftpos_au}, {@code jcb},
   * {@code mastercard}, {@code unionpay}, {@code visa}, or {@code unknown}.
   */
  public String getBrand() {
    return brand;
  }

  /**
   * Results of the checks run on the details the customer entered.
   */
  public PaymentMethodCardChecks getChecks() {
    return checks;
  }

  /**
   * Two-letter ISO code of the card's issuing country. Helps you learn where your customers come
   * from.
   */
  public String getCountry() {
    return country;
  }

  /**
   * Two-digit number for the card's expiration month.
   */
  public Long getExpMonth() {
    return expMonth;
  }

  /**
   * Four-digit number for the card's expiration year.
   */
  public Long getExpYear() {
    return expYear;
  }

  /**
   * Identifies this card number uniquely within your account, so you can tell whether two customers
   * use the same card.
   */
  public String getFingerprint() {
    return fingerprint;
  }

  /**
   * Funding type of the card: {@code credit}, {@code debit}, {@code prepaid}, or {@code unknown}.
   */
  public String getFunding() {
    return funding;
  }

  /**
   * The last four digits of the card number.
   */
  public String getLast4() {
    return last4;
  }

  /**
   * The card networks that can process payments made with this card.
   */
  public Networks getNetworks() {
    return networks;
  }

  /**
   * Whether the card supports 3D Secure.
   */
  public ThreeDSecureUsage getThreeDSecureUsage() {
    return threeDSecureUsage;
  }

  /**
   * When the card was tokenized by a digital wallet, details of that wallet.
   */
  public PaymentMethodCardWallet getWallet() {
    return wallet;
  }

}
