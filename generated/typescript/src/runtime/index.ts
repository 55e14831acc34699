/**
 * The hand-written runtime of every generated TypeScript package, copied into it verbatim.
 * No dependency: global `fetch`, `AbortController`, `FormData`/`Blob`, `ReadableStream`,
 * `TextEncoder`/`TextDecoder` and Web Crypto, so it runs on Node 18+, Deno, Bun, browsers and
 * edge runtimes. The generated layer (services, models, the client class) is written on it.
 */

export * from "./api-promise.js";
export * from "./auth.js";
export * from "./encoding.js";
export * from "./errors.js";
export * from "./pagination.js";
export * from "./requestor.js";
export * from "./retry.js";
export * from "./streaming.js";
export * from "./validation.js";
export * from "./webhooks.js";
