// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Customer } from "./customer.js";
import type { CustomerSessionResourceComponents } from "./customer-session-resource-components.js";

/**
 * A Customer Session grants Stripe's frontend SDKs (such as Stripe.js) client-side access to a
 * Customer, limited to the components it enables.
 *
 * Related guides: [Customer Session with the Payment
 * Element](https://stripe.com/docs/payments/accept-a-payment-deferred?platform=web&type=payment#save-payment-methods),
 * [Customer Session with the Pricing
 * Table](https://stripe.com/docs/payments/checkout/pricing-table#customer-session), [Customer
 * Session with the Buy
 * Button](https://stripe.com/docs/payment-links/buy-button#pass-an-existing-customer).
 */
export interface CustomerSession {
  /**
   * The client secret of this Customer Session, used on the client to set up secure access to the
   * given `customer`.
   *
   * Pass it to your frontend to give it access to `customer`. Do not store it, log it, or expose it
   * to anyone other than that customer, and serve every page that includes it over TLS.
   */
  client_secret: string;
  /** Which components are enabled and the features each one supports. */
  components?: CustomerSessionResourceComponents;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /** The Customer the Customer Session was created for. */
  customer: string | Customer;
  /** The Account the Customer Session was created for, if any. */
  customer_account?: string | null;
  /** Time at which this Customer Session expires, in seconds since the Unix epoch. */
  expires_at: number;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "customer_session";
}
