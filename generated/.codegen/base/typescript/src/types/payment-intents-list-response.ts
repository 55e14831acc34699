// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { PaymentIntent } from "./payment-intent.js";

/** A page of PaymentIntents. */
export interface PaymentIntentsListResponse {
  /** The PaymentIntents on this page. */
  data: PaymentIntent[];
  /** Whether more PaymentIntents follow this page. */
  has_more: boolean;
  /** Always `list`. */
  object: "list";
  /** The URL of this list. */
  url: string;
}
