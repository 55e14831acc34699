// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

export { Stripe, Stripe as default, type ClientOptions } from "./client.js";
export * from "./errors.js";
export * from "./resources/index.js";
export type * from "./types/index.js";
export * as validators from "./validators.js";
export { VERSION } from "./version.js";
export {
  APIPromise,
  FilePath,
  Page,
  PagePromise,
  Stream,
  constructEvent,
  fileFromPath,
  toFile,
  unwrapStandardWebhook,
  verifyStripeSignature,
  type AppInfo,
  type FileInput,
  type Hooks,
  type PageOf,
  type RawResponse,
  type RequestEvent,
  type RequestOptions,
  type ResponseEvent,
  type StripeRequestOptions,
  type ValidationIssue,
  type WithResponse,
} from "./runtime/index.js";
