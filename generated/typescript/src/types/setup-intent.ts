// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { ApiErrors } from "./api-errors.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted-customer.js";
import type {
  PaymentFlowsAutomaticPaymentMethodsSetupIntent,
} from "./payment-flows-automatic-payment-methods-setup-intent.js";
import type { PaymentMethod } from "./payment-method.js";
import type { SetupIntentNextAction } from "./setup-intent-next-action.js";

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
  automatic_payment_methods?: PaymentFlowsAutomaticPaymentMethodsSetupIntent | null;
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
  next_action?: SetupIntentNextAction | null;
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
  status: "canceled" | "processing" | "requires_action" | "requires_confirmation" | "requires_payment_method" | "succeeded" | (string & {});
  /**
   * How the payment method will be used in future payments: `off_session` (the default) or
   * `on_session`.
   */
  usage: string;
}
