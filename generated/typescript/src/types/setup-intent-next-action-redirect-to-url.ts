// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Where to send the customer to authenticate the setup. */
export interface SetupIntentNextActionRedirectToUrl {
  /** Where the customer is sent back to once authentication is done. */
  return_url?: string | null;
  /** The URL to redirect the customer to so they can authenticate the setup. */
  url?: string | null;
}
