// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { PaymentIntent } from "./payment-intent.js";
import type { PaymentMethod } from "./payment-method.js";
import type { SetupIntent } from "./setup-intent.js";

/**
 * Describes a failed request: the broad category of the failure, a machine-readable code where one
 * exists, and a human-readable message.
 */
export interface ApiErrors {
  /** For card errors, the ID of the charge that failed. */
  charge?: string;
  /**
   * For errors your integration can handle programmatically, a short string naming the [error
   * code](https://stripe.com/docs/error-codes).
   */
  code?: string;
  /**
   * For card errors caused by an issuer decline, the issuer's [reason for the
   * decline](https://stripe.com/docs/declines#issuer-declines), when the issuer provides one.
   */
  decline_code?: string;
  /** A link to documentation about the reported error code. */
  doc_url?: string;
  /**
   * A human-readable explanation of the error. For card errors the message is safe to show to your
   * customers.
   */
  message?: string;
  /**
   * When the error concerns a specific parameter, the name of that parameter, so you can show the
   * message next to the right form field.
   */
  param?: string;
  /** The PaymentIntent involved in the failed request, if any. */
  payment_intent?: PaymentIntent;
  /** The PaymentMethod involved in the failed request, if any. */
  payment_method?: PaymentMethod;
  /** When the error is specific to one payment method type, the type that had the problem. */
  payment_method_type?: string;
  /** A link to this request's entry in the Dashboard request log. */
  request_log_url?: string;
  /** The SetupIntent involved in the failed request, if any. */
  setup_intent?: SetupIntent;
  /**
   * The category of the error: `api_error`, `card_error`, `idempotency_error`, or
   * `invalid_request_error`.
   */
  type: "api_error" | "card_error" | "idempotency_error" | "invalid_request_error" | (string & {});
}
