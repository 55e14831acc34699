// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { ApiErrors } from "./api-errors.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted-customer.js";
import type { PaymentMethod } from "./payment-method.js";

/**
 * A SetupIntent guides you through setting up and saving a customer's payment credentials for
 * future payments, for example saving a card without charging it yet. If the SetupIntent has a
 * Customer, the resulting payment method is attached to that customer once setup succeeds.
 *
 * Related guide: [Setup Intents API](https://stripe.com/docs/payments/setup-intents)
 */
export interface SetupIntent {
  /**
   * When true, the payment method is attached to the in-context Stripe account once setup succeeds.
   * Cannot be combined with `customer`.
   */
  attach_to_self?: boolean;
  /**
   * Settings for payment methods that Stripe enables automatically from your Dashboard
   * configuration.
   */
  automatic_payment_methods?: SetupIntent.AutomaticPaymentMethods | null;
  /** Why the SetupIntent was canceled, if it was. */
  cancellation_reason?: "abandoned" | "duplicate" | "requested_by_customer" | (string & {}) | null;
  /**
   * The client secret of this SetupIntent. Use it on the client to confirm the setup with
   * Stripe.js. Do not store it, log it, or expose it to anyone other than the customer.
   */
  client_secret?: string | null;
  /** Time at which the object was created, in seconds since the Unix epoch. */
  created: number;
  /**
   * The Customer this SetupIntent belongs to, if any. The payment method is attached to this
   * customer once setup succeeds.
   */
  customer?: string | Customer | DeletedCustomer | null;
  /** An arbitrary string attached to the object, often useful for display. */
  description?: string | null;
  /**
   * The directions money may flow with this payment method: `inbound` (charging the customer)
   * and/or `outbound` (paying the customer).
   */
  flow_directions?: Array<"inbound" | "outbound" | (string & {})> | null;
  /** Unique identifier for the object. */
  id: string;
  /** The error from the latest setup attempt, if it failed. */
  last_setup_error?: ApiErrors | null;
  /** ID of the most recent SetupAttempt for this SetupIntent, if any. */
  latest_attempt?: string | null;
  /** `true` if the object exists in live mode, `false` if it exists in test mode. */
  livemode: boolean;
  /** ID of the multi-use Mandate created by this SetupIntent, if any. */
  mandate?: string | null;
  /**
   * A set of key-value pairs you can attach to the object to store extra information in a
   * structured form.
   */
  metadata?: Record<string, string> | null;
  /** When present, the actions your customer must take before setup can proceed. */
  next_action?: SetupIntent.NextAction | null;
  /** String naming the object's type. Objects of the same type share the same value. */
  object: "setup_intent";
  /** The payment method being set up by this SetupIntent. */
  payment_method?: string | PaymentMethod | null;
  /** The payment method types (such as `card`) this SetupIntent may set up. */
  payment_method_types: string[];
  /**
   * Status of this SetupIntent: `requires_payment_method`, `requires_confirmation`,
   * `requires_action`, `processing`, `canceled`, or `succeeded`.
   */
  status:
    | "canceled"
    | "processing"
    | "requires_action"
    | "requires_confirmation"
    | "requires_payment_method"
    | "succeeded"
    | (string & {});
  /**
   * How the payment method will be used in future payments: `off_session` (the default) or
   * `on_session`.
   */
  usage: string;
}

export namespace SetupIntent {
  /** Settings for automatic payment methods on a SetupIntent. */
  export interface AutomaticPaymentMethods {
    /** Whether payment methods that require a redirect may be offered. Defaults to `always`. */
    allow_redirects?: "always" | "never" | (string & {});
    /** Whether automatic payment methods are enabled for this SetupIntent. */
    enabled?: boolean | null;
  }

  /** An action the customer must take before a SetupIntent can proceed. */
  export interface NextAction {
    /** Present when `type` is `redirect_to_url`. */
    redirect_to_url?: SetupIntent.NextAction.RedirectToUrl;
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
    /** Where to send the customer to authenticate the setup. */
    export interface RedirectToUrl {
      /** Where the customer is sent back to once authentication is done. */
      return_url?: string | null;
      /** The URL to redirect the customer to so they can authenticate the setup. */
      url?: string | null;
    }
  }
}
