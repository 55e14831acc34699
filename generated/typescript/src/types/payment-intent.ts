// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { ApiErrors } from "./api-errors.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted-customer.js";
import type { PaymentMethod } from "./payment-method.js";
import type { Shipping } from "./shipping.js";

/**
 * A PaymentIntent guides you through collecting one payment from a customer. Create exactly one
 * PaymentIntent per order or customer session; it moves through several statuses as it works with
 * Stripe.js to run any authentication, and creates at most one successful charge.
 *
 * Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)
 */
export interface PaymentIntent {
  /**
   * Amount intended to be collected, as a positive integer in the smallest currency unit (for
   * example 100 cents to charge $1.00, or 100 to charge ¥100, a zero-decimal currency).
   */
  amount: number;
  /** Amount that can still be captured from this PaymentIntent. */
  amount_capturable?: number;
  /** Amount that this PaymentIntent has collected. */
  amount_received?: number;
  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  automatic_payment_methods?: PaymentIntent.AutomaticPaymentMethods | null;
  /**
   * When the PaymentIntent was canceled, in seconds since the Unix epoch; null unless its status is
   * `canceled`.
   */
  canceled_at?: number | null;
  /** Why the PaymentIntent was canceled, if it was. */
  cancellation_reason?:
    | "abandoned"
    | "automatic"
    | "duplicate"
    | "failed_invoice"
    | "fraudulent"
    | "requested_by_customer"
    | "void_invoice"
    | (string & {})
    | null;
  /** How the funds are captured from the customer's account. */
  capture_method: "automatic" | "automatic_async" | "manual" | (string & {});
  /**
   * The client secret of this PaymentIntent. Use it on the client to complete the payment with
   * Stripe.js. Do not store it, log it, or expose it to anyone other than the customer, and serve
   * every page that includes it over TLS.
   */
  client_secret?: string | null;
  /**
   * `automatic` lets the PaymentIntent be confirmed with a publishable key; `manual` requires a
   * secret key after any next actions are handled.
   */
  confirmation_method: "automatic" | "manual" | (string & {});
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency: string;
  /**
   * The Customer this PaymentIntent belongs to, if any. Its payment method can be attached to the
   * customer once the payment succeeds.
   */
  customer?: string | Customer | DeletedCustomer | null;
  /** An arbitrary string attached to the object, often useful for display. */
  description?: string | null;
  /** Unique identifier for the object. */
  id: string;
  /** The error from the latest payment attempt, if it failed. */
  last_payment_error?: ApiErrors | null;
  /** ID of the latest charge this PaymentIntent created. */
  latest_charge?: string | null;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /**
   * A set of key-value pairs you can attach to the object to store extra information in a
   * structured form.
   */
  metadata?: Record<string, string>;
  /** When present, the actions your customer must take before the payment can proceed. */
  next_action?: PaymentIntent.NextAction | null;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "payment_intent";
  /** The payment method used in this PaymentIntent. */
  payment_method?: string | PaymentMethod | null;
  /** The payment method types (such as `card`) this PaymentIntent may use. */
  payment_method_types: string[];
  /** Email address the payment's receipt is sent to. */
  receipt_email?: string | null;
  /**
   * Declares that the payment method will be reused for future payments. `on_session` means the
   * customer will be present in your checkout flow; `off_session` means they may not be.
   */
  setup_future_usage?: "off_session" | "on_session" | (string & {}) | null;
  /** Shipping information for this PaymentIntent. */
  shipping?: Shipping | null;
  /** Text shown on the customer's card statement for non-card charges. */
  statement_descriptor?: string | null;
  /**
   * Text appended to your account's statement descriptor prefix to form the full descriptor shown
   * on card statements.
   */
  statement_descriptor_suffix?: string | null;
  /**
   * Status of this PaymentIntent: `requires_payment_method`, `requires_confirmation`,
   * `requires_action`, `processing`, `requires_capture`, `canceled`, or `succeeded`.
   */
  status:
    | "canceled"
    | "processing"
    | "requires_action"
    | "requires_capture"
    | "requires_confirmation"
    | "requires_payment_method"
    | "succeeded"
    | (string & {});
}

export namespace PaymentIntent {
  /** Settings for automatic payment methods on a PaymentIntent. */
  export interface AutomaticPaymentMethods {
    /** Whether payment methods that require a redirect may be offered. Defaults to `always`. */
    allow_redirects?: "always" | "never" | (string & {});
    /** Whether automatic payment methods are enabled for this PaymentIntent. */
    enabled: boolean;
  }

  /** An action the customer must take before a PaymentIntent can proceed. */
  export interface NextAction {
    /** Present when `type` is `redirect_to_url`. */
    redirect_to_url?: PaymentIntent.NextAction.RedirectToUrl;
    /**
     * The kind of next action, such as `redirect_to_url` or `use_stripe_sdk`. An extra hash named
     * after the type holds its details.
     */
    type: string;
    /**
     * Present when `type` is `use_stripe_sdk`. Its contents are for Stripe.js and the mobile SDKs
     * only and may change.
     */
    use_stripe_sdk?: Record<string, unknown>;
  }

  export namespace NextAction {
    /** Where to send the customer to authenticate the payment. */
    export interface RedirectToUrl {
      /** Where the customer is sent back to once authentication is done. */
      return_url?: string | null;
      /** The URL to redirect the customer to so they can authenticate the payment. */
      url?: string | null;
    }
  }
}
