// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { BillingDetails } from "./billing-details.js";
import type { Customer } from "./customer.js";
import type { PaymentMethodCard } from "./payment-method-card.js";

/**
 * A PaymentMethod represents one of your customer's payment instruments. Use it with a
 * PaymentIntent to collect a payment, or attach it to a Customer to keep the instrument for future
 * payments.
 */
export interface PaymentMethod {
  /**
   * Whether this saved payment method may be shown to the customer again in a later checkout flow.
   * Stripe products such as Checkout and Elements use it to decide which saved payment methods to
   * offer.
   */
  allow_redisplay?: "always" | "limited" | "unspecified" | (string & {});
  /** Billing information associated with the payment method. */
  billing_details: BillingDetails;
  /** Card details. Present when `type` is `card`. */
  card?: PaymentMethodCard;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /**
   * The Customer this payment method is attached to, or null when it is not attached to any
   * customer.
   */
  customer?: string | Customer | null;
  /** Unique identifier for the object. */
  id: string;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /**
   * A set of key-value pairs you can attach to the object to store extra information in a
   * structured form.
   */
  metadata?: Record<string, string> | null;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "payment_method";
  /**
   * The type of the PaymentMethod. The object carries an extra hash named after the type, holding
   * details specific to it.
   */
  type: "acss_debit" | "bancontact" | "card" | "card_present" | "cashapp" | "ideal" | "klarna" | "link" | "paypal" | "sepa_debit" | "us_bank_account" | (string & {});
}
