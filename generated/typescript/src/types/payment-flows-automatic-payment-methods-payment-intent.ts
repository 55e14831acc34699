// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Settings for automatic payment methods on a PaymentIntent. */
export interface PaymentFlowsAutomaticPaymentMethodsPaymentIntent {
  /** Whether payment methods that require a redirect may be offered. Defaults to `always`. */
  allow_redirects?: "always" | "never" | (string & {});
  /** Whether automatic payment methods are enabled for this PaymentIntent. */
  enabled: boolean;
}
