// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Customer } from "./customer.js";

/** A page of customers. */
export interface CustomersListResponse {
  /** The customers on this page. */
  data: Customer[];
  /** Whether more customers follow this page. */
  has_more: boolean;
  /** Always `list`. */
  object: "list";
  /** The URL of this list. */
  url: string;
}
