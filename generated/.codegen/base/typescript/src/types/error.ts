// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { ApiErrors } from "./api-errors.js";

/** The body Stripe sends back when a request fails. */
export interface Error {
  /** Details about what went wrong. */
  error: ApiErrors;
}
