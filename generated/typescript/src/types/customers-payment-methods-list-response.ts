// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { PaymentMethod } from "./payment-method.js";

/** A page of the customer's payment methods. */
export interface CustomersPaymentMethodsListResponse {
  /** The payment methods on this page. */
  data: PaymentMethod[];
  /** Whether more payment methods follow this page. */
  has_more: boolean;
  /** Always `list`. */
  object: "list";
  /** The URL of this list. */
  url: string;
}
