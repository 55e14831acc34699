// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Address } from "./address.js";

/** Contact details of the person responsible for paying with a payment method. */
export interface BillingDetails {
  /** Billing address. */
  address?: Address | null;
  /** Email address. */
  email?: string | null;
  /** Full name. */
  name?: string | null;
  /** Billing phone number, including any extension. */
  phone?: string | null;
}
