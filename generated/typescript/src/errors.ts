// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

// The runtime's error classes under the API's own names: the same classes, so `instanceof`
// works with either name; the names are handed to the requestor so `error.name` reads them.
import type { ErrorNames } from "./runtime/index.js";

export {
  APIError as StripeError,
  APIConnectionError as StripeConnectionError,
  APIConnectionTimeoutError as StripeConnectionTimeoutError,
  APIUserAbortError as StripeUserAbortError,
  AuthenticationError as StripeAuthenticationError,
  CardError as StripeCardError,
  ConflictError as StripeConflictError,
  IdempotencyError as StripeIdempotencyError,
  InternalServerError as StripeAPIError,
  InvalidRequestError as StripeInvalidRequestError,
  PermissionDeniedError as StripePermissionError,
  RateLimitError as StripeRateLimitError,
  ValidationError as StripeValidationError,
  ResponseValidationError as StripeResponseValidationError,
  SignatureVerificationError as StripeSignatureVerificationError,
} from "./runtime/index.js";

export const ERROR_NAMES: ErrorNames = {
  base: "StripeError",
  connection: "StripeConnectionError",
  connectionTimeout: "StripeConnectionTimeoutError",
  userAbort: "StripeUserAbortError",
  authentication: "StripeAuthenticationError",
  card: "StripeCardError",
  conflict: "StripeConflictError",
  idempotency: "StripeIdempotencyError",
  internalServer: "StripeAPIError",
  invalidRequest: "StripeInvalidRequestError",
  permissionDenied: "StripePermissionError",
  rateLimit: "StripeRateLimitError",
  validation: "StripeValidationError",
  responseValidation: "StripeResponseValidationError",
};
