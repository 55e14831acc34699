// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Where to send the customer to authenticate the payment. */
export interface PaymentIntentNextActionRedirectToUrl {
  /** Where the customer is sent back to once authentication is done. */
  return_url?: string | null;
  /** The URL to redirect the customer to so they can authenticate the payment. */
  url?: string | null;
}
