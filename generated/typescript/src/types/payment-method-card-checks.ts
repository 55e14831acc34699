// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/**
 * Results of address and CVC checks. Each is one of `pass`, `fail`, `unavailable`, or `unchecked`.
 */
export interface PaymentMethodCardChecks {
  /** Result of checking the first address line, if one was provided. */
  address_line1_check?: string | null;
  /** Result of checking the postal code, if one was provided. */
  address_postal_code_check?: string | null;
  /** Result of checking the CVC, if one was provided. */
  cvc_check?: string | null;
}
