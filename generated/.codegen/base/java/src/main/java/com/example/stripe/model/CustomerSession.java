// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.example.stripe.net.ExpandableField;
import com.google.gson.annotations.SerializedName;

/**
 * A Customer Session grants Stripe's frontend SDKs (such as Stripe.js) client-side access to a
 * Customer, limited to the components it enables.
 * <p>
 * Related guides: [Customer Session with the Payment
 * Element](https://stripe.com/docs/payments/accept-a-payment-deferred?platform=web&amp;type=payment#save-payment-methods),
 * [Customer Session with the Pricing
 * Table](https://stripe.com/docs/payments/checkout/pricing-table#customer-session), [Customer
 * Session with the Buy
 * Button](https://stripe.com/docs/payment-links/buy-button#pass-an-existing-customer).
 */
public class CustomerSession extends ApiObject {
  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given {@code customer}.
   * <p>
   * Pass it to your frontend to give it access to {@code customer}. Do not store it, log it, or
   * expose it to anyone other than that customer, and serve every page that includes it over TLS.
   */
  @SerializedName("client_secret")
  private String clientSecret;

  /**
   * Which components are enabled and the features each one supports.
   */
  @SerializedName("components")
  private CustomerSessionResourceComponents components;

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  @SerializedName("created")
  private Long created;

  /**
   * The Customer the Customer Session was created for.
   */
  @SerializedName("customer")
  private ExpandableField<Customer> customer;

  /**
   * The Account the Customer Session was created for, if any.
   */
  @SerializedName("customer_account")
  private String customerAccount;

  /**
   * Time at which this Customer Session expires, in seconds since the Unix epoch.
   */
  @SerializedName("expires_at")
  private Long expiresAt;

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  @SerializedName("livemode")
  private Boolean livemode;

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer_session}.
   */
  @SerializedName("object")
  private String object;

  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given {@code customer}.
   * <p>
   * Pass it to your frontend to give it access to {@code customer}. Do not store it, log it, or
   * expose it to anyone other than that customer, and serve every page that includes it over TLS.
   */
  public String getClientSecret() {
    return clientSecret;
  }

  /**
   * Which components are enabled and the features each one supports.
   */
  public CustomerSessionResourceComponents getComponents() {
    return components;
  }

  /**
   * Time at which the object was created, in seconds since the Unix epoch.
   */
  public Long getCreated() {
    return created;
  }

  /**
   * The id of the expandable customer.
   * <p>
   * The Customer the Customer Session was created for.
   */
  public String getCustomer() {
    return customer == null ? null : customer.getId();
  }

  /**
   * The expanded customer, or null unless the request expanded it.
   */
  public Customer getCustomerObject() {
    return customer == null ? null : customer.getExpanded();
  }

  /**
   * The Account the Customer Session was created for, if any.
   */
  public String getCustomerAccount() {
    return customerAccount;
  }

  /**
   * Time at which this Customer Session expires, in seconds since the Unix epoch.
   */
  public Long getExpiresAt() {
    return expiresAt;
  }

  /**
   * {@code true} if the object exists in live mode, {@code false} if it exists in test mode.
   */
  public Boolean getLivemode() {
    return livemode;
  }

  /**
   * String naming the object's type. Objects of the same type share the same value.
   * <p>
   * Equal to {@code customer_session}.
   */
  public String getObject() {
    return object;
  }

}
