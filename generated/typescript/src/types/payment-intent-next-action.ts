// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { PaymentIntentNextActionRedirectToUrl } from "./payment-intent-next-action-redirect-to-url.js";

/** An action the customer must take before a PaymentIntent can proceed. */
export interface PaymentIntentNextAction {
  /** Present when `type` is `redirect_to_url`. */
  redirect_to_url?: PaymentIntentNextActionRedirectToUrl;
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
