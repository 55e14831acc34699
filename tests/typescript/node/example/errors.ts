// What a generated package's errors.ts is for Stripe's API: the runtime's classes under the
// API's own names (the same classes, so `instanceof` works with either name), and those names
// handed to the requestor so `error.name` and stacks read them too.
import type { ErrorNames } from "../../../../templates/typescript/runtime/index.js";

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
  SignatureVerificationError as StripeSignatureVerificationError,
} from "../../../../templates/typescript/runtime/index.js";

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
};
