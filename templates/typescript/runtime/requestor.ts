/**
 * Sending requests: authentication, encoding, retries, timeouts, errors and hooks.
 *
 * A `Requestor` sends one API call per `request` (`requestPage` for lists, `requestStream`
 * for server-sent events) over the global `fetch` (or the one given), and returns an
 * `APIPromise` of the parsed answer, or throws an `APIError`.
 *
 * - Credentials as the operation's `security` asks (see `Auth`); a missing one fails before
 *   anything is sent; `security: []` sends none.
 * - Bodies as the operation's media type asks: the bracket form, JSON, multipart, or raw
 *   bytes/text; query params with the same bracket encoding (`repeated` ones as `k=a&k=b`).
 * - Every POST carries one `Idempotency-Key` (a UUID v4 unless `idempotencyKey` is given),
 *   reused by all its retries and by a call resent after an OAuth2 token was refreshed; other
 *   methods send one only when given.
 * - Retries (`maxRetries`, default 2) on connection failures, timeouts, 409, 429 and 5xx, as
// codegen:stripe
 *   `RetryPolicy` decides (`Retry-After`, `Stripe-Should-Retry`, backoff with jitter). Each
// codegen:else
 *   `RetryPolicy` decides (`Retry-After`, backoff with jitter). Each
// codegen:end
 *   attempt has its own timeout (`timeout`, milliseconds, default 80 000); the caller's
 *   `signal` stops the call at once and is never retried.
// codegen:stripe
 * - Only for a client of a Stripe-dialect API (`dialect: "stripe"`): `Stripe-Version`
 *   (`apiVersion`), `Stripe-Account` (`stripeAccount`) and `X-Stripe-Client-User-Agent`.
// codegen:end
 * - Redirects are not followed (a redirect answer is an error), `http://` is refused except
 *   for loopback hosts, and the API key never appears in an error, its message or a hook's event.
 */

import { APIPromise, withLastResponse, type RawResponse, type WithResponse } from "./api-promise.js";
import { Auth, type Applied, type TokenFetcher } from "./auth.js";
import { encodeForm, encodeJson, encodeMultipart, encodeRaw } from "./encoding.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InternalServerError,
  errorFromResponse,
  nameError,
  redactJson,
  requestIdOf,
  type ErrorNames,
} from "./errors.js";
import { Page, PagePromise, itemsOf, nextRequest, walksBackwards, type NextRequest, type PageOf, type PageSpec } from "./pagination.js";
import { RetryPolicy } from "./retry.js";
import { Stream, type ServerSentEvent } from "./streaming.js";
import { ResponseValidationError, ValidationError, type ValidationIssue } from "./validation.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** How a request body is encoded. */
export type BodyEncoding = "form" | "json" | "multipart" | "binary" | "text";

/** How a successful answer is read. */
export type ResponseType = "json" | "bytes" | "text" | "none";

/** What the generated layer says about one operation's call. */
export interface Route {
  readonly method: HttpMethod;
  /** The path, its params already encoded (`encodePathParam`); must start with `/`. */
  readonly path: string;
  /** Query params (bracket-encoded; `repeated` lists as the key once per item). */
  readonly query?: object | undefined;
  /** The body: the params object (`form`, `json`, `multipart`), or the value itself (`json` of an array, `binary`, `text`). */
  readonly body?: unknown;
  /** How `body` is encoded (default `form` when there is a body). */
  readonly encoding?: BodyEncoding | undefined;
  /** The Content-Type of a `json`, `binary` or `text` body, when not the usual one. */
  readonly mediaType?: string | undefined;
  /** Names of the schemes the operation accepts (`undefined`: the API's usual ones; `[]`: none). */
  readonly security?: ReadonlyArray<string> | undefined;
  /** The operation's own server (a separate upload host, say), when it has one. */
  readonly server?: string | undefined;
  /** Query (or form) params whose arrays repeat the key (`style: form, explode: true`). */
  readonly repeated?: ReadonlyArray<string> | undefined;
  /** The `Accept` header (default `application/json`; `text/event-stream` for streams). */
  readonly accept?: string | undefined;
  /** How a 2xx answer is read (default `json`; an empty body is `undefined`). */
  readonly responseType?: ResponseType | undefined;
  /** The error body parsed into the operation's error model for `status` (set as `error.model`). */
  readonly errorModel?: ((status: number, json: unknown) => unknown) | undefined;
  /** The operation's compiled params check (validators.ts): its issues fail the call with a `ValidationError` before anything is sent. */
  readonly validate?: (() => readonly ValidationIssue[]) | undefined;
  /** The operation's compiled response check (validators.ts): with `strict`, a parsed JSON answer's issues fail the call with a `ResponseValidationError`. */
  readonly check?: ((value: unknown) => readonly ValidationIssue[]) | undefined;
}

/** Per-request settings, the last argument of every generated method. */
export interface RequestOptions {
  /** The API key (or bearer token) for this call instead of the client's. */
  readonly apiKey?: string | undefined;
  /** Key for safely retrying a POST (default: a new UUID v4, kept by the call's retries). */
  readonly idempotencyKey?: string | undefined;
  /** Milliseconds each attempt may take. */
  readonly timeout?: number | undefined;
  /** Retries after the first attempt (0: none). */
  readonly maxRetries?: number | undefined;
  /** Extra headers, sent last (so overriding the others). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Stops the call (never retried): `APIUserAbortError`. */
  readonly signal?: AbortSignal | undefined;
}

// codegen:stripe
/** `RequestOptions` of a client of a Stripe-dialect API. */
export interface StripeRequestOptions extends RequestOptions {
  /** `Stripe-Version` for this call. */
  readonly apiVersion?: string | undefined;
  /** `Stripe-Account`: act as a connected account. */
  readonly stripeAccount?: string | undefined;
}
// codegen:end

/** The application using the SDK, added to the User-Agent (`name/version (url)`). */
export interface AppInfo {
  readonly name: string;
  readonly version?: string;
  readonly url?: string;
  readonly partnerId?: string;
}

/** Emitted before each attempt. */
export interface RequestEvent {
  readonly method: HttpMethod;
  /** The path, never the query string. */
  readonly path: string;
  readonly attempt: number;
  readonly idempotencyKey: string | undefined;
  // codegen:stripe
  readonly apiVersion: string | undefined;
  readonly account: string | undefined;
  // codegen:end
  readonly requestStartTime: number;
}

/** Emitted after each attempt. */
export interface ResponseEvent extends RequestEvent {
  /** `undefined` when no response arrived (see `error`). */
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly elapsedMs: number;
  /** The class of the failure when no response arrived (`APIConnectionTimeoutError`). */
  readonly error: string | undefined;
}

export interface Hooks {
  readonly request: RequestEvent;
  readonly response: ResponseEvent;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface RequestorConfig {
  /** `https://api.example.com` (`http://` only for loopback hosts). */
  readonly baseUrl: string;
  /** The API's schemes and the client's credentials; a string is an API key sent as a bearer token. */
  readonly auth: Auth | string;
  /** `User-Agent` (`acme-api/1.0.0`), the app info appended. */
  readonly userAgent: string;
  readonly appInfo?: AppInfo | undefined;
  // codegen:stripe
  /** `"stripe"`: the API speaks Stripe's dialect (`Stripe-Version`, `Stripe-Account`). */
  readonly dialect?: "stripe" | "standard" | undefined;
  /** `Stripe-Version` of every call (Stripe dialect only). */
  readonly apiVersion?: string | undefined;
  /** `Stripe-Account` of every call (Stripe dialect only). */
  readonly stripeAccount?: string | undefined;
  // codegen:end
  /** Retries after the first attempt (default 2). */
  readonly maxRetries?: number | undefined;
  /** Milliseconds each attempt may take (default 80 000). */
  readonly timeout?: number | undefined;
  readonly retryPolicy?: RetryPolicy | undefined;
  /** Default `globalThis.fetch`. */
  readonly fetch?: FetchLike | undefined;
  /** Waits between attempts (tests); default a timer the caller's signal can stop. */
  readonly sleep?: ((milliseconds: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
  /** Where the operations with their own server go instead (`{"https://files.example.com": "http://127.0.0.1:12111"}`). */
  readonly serverUrls?: Readonly<Record<string, string>> | undefined;
  /** The API's own names of the error classes (see errors.ts). */
  readonly errorNames?: ErrorNames | undefined;
  /** Headers sent with every call (before the per-call ones). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Check each call's params against the operation's schema before sending it (default true; see `Route.validate`). */
  readonly validateRequests?: boolean | undefined;
  /** Check each JSON answer against the operation's schema before converting it (default false; see `Route.check`). */
  readonly strict?: boolean | undefined;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** `url` checked (absolute, https or loopback http, no query or fragment), without its trailing slash. */
export function checkBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`baseUrl must be an absolute https:// URL, got ${JSON.stringify(url)}`);
  }
  if ((parsed.protocol !== "https:" && parsed.protocol !== "http:") || parsed.search || parsed.hash || /[?#]/.test(url)) {
    throw new TypeError(`baseUrl must be an absolute https:// URL without a query or fragment, got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol === "http:" && !LOOPBACK.test(parsed.hostname)) {
    throw new TypeError(`baseUrl ${JSON.stringify(url)} uses plain http:// for a non-loopback host; use https://`);
  }
  return url.replace(/\/+$/, "");
}

/** A path param percent-encoded into one path segment (`/`, `?`, `#`, `.` and `..` cannot change the route). */
export function encodePathParam(value: string | number): string {
  const text = String(value);
  if (text === "") throw new TypeError("a path parameter must not be empty");
  const quoted = encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return quoted === "." || quoted === ".." ? quoted.replace(/\./g, "%2E") : quoted;
}

function checkRetries(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`maxRetries must be an integer >= 0, got ${String(value)}`);
  return value;
}

interface RandomSource {
  randomUUID?: () => string;
  getRandomValues?: (bytes: Uint8Array) => Uint8Array;
}

let nodeCrypto: Promise<RandomSource | undefined> | undefined;

/** A UUID v4 from Web Crypto (node:crypto's on Node 18, which has no global one). */
export async function uuid4(): Promise<string> {
  let crypto = (globalThis as { crypto?: RandomSource }).crypto;
  if (crypto?.randomUUID === undefined && crypto?.getRandomValues === undefined) {
    const module = "node:crypto";
    nodeCrypto ??= import(/* webpackIgnore: true */ /* @vite-ignore */ module).then(
      (imported: { webcrypto?: RandomSource }) => imported.webcrypto,
      () => undefined,
    );
    crypto = await nodeCrypto;
  }
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256); // no crypto at all: still unique enough for a key
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function defaultSleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

const TIMED_OUT = Symbol("timed out");

/** A request ready to be sent, and sent again on a retry. */
interface Prepared {
  readonly method: HttpMethod;
  readonly path: string;
  readonly url: string;
  /** Every header but the credentials and the caller's own. */
  readonly headers: Record<string, string>;
  /** The caller's headers (sent last: they win). */
  readonly extra: Readonly<Record<string, string>>;
  readonly body: string | Uint8Array | Blob | FormData | undefined;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly idempotencyKey: string | undefined;
  // codegen:stripe
  readonly apiVersion: string | undefined;
  readonly account: string | undefined;
  // codegen:end
  readonly signal: AbortSignal | undefined;
}

/** What one call got back: the response (body unread for a stream) and its bytes. */
interface Answer {
  readonly response: Response;
  readonly raw: RawResponse;
  readonly bytes: Uint8Array | undefined;
  readonly controller: AbortController;
}

type Listener<K extends keyof Hooks> = (event: Hooks[K]) => void;

export class Requestor {
  readonly baseUrl: string;
  // codegen:stripe
  readonly dialect: "stripe" | "standard";
  // codegen:end
  readonly userAgent: string;
  readonly maxRetries: number;
  readonly timeout: number;
  readonly retryPolicy: RetryPolicy;
  readonly #auth: Auth;
  readonly #config: RequestorConfig;
  readonly #fetch: FetchLike;
  readonly #sleep: (milliseconds: number, signal: AbortSignal | undefined) => Promise<void>;
  readonly #serverUrls: ReadonlyMap<string, string>;
  readonly #defaults: RequestOptions;
  #listeners: { [K in keyof Hooks]: Set<Listener<K>> } = { request: new Set(), response: new Set() };

  /** `defaults`: options of every call (see `withOptions`). */
  constructor(config: RequestorConfig, defaults: RequestOptions = {}) {
    this.#config = config;
    this.#auth = typeof config.auth === "string" ? Auth.bearer(config.auth) : config.auth;
    this.baseUrl = checkBaseUrl(config.baseUrl);
    // codegen:stripe
    this.dialect = config.dialect ?? "standard";
    if (this.dialect !== "stripe" && (config.apiVersion !== undefined || config.stripeAccount !== undefined)) {
      throw new TypeError("apiVersion and stripeAccount are only for clients of a Stripe-dialect API");
    }
    // codegen:end
    const app = config.appInfo;
    this.userAgent = app ? `${config.userAgent} ${app.name}${app.version ? `/${app.version}` : ""}${app.url ? ` (${app.url})` : ""}` : config.userAgent;
    this.maxRetries = checkRetries(config.maxRetries ?? 2);
    this.timeout = config.timeout ?? 80_000;
    this.retryPolicy = config.retryPolicy ?? new RetryPolicy();
    if (config.fetch === undefined && typeof (globalThis as { fetch?: unknown }).fetch !== "function") {
      throw new TypeError("no fetch: pass `fetch` (Node 18+, Deno, Bun and browsers have one)");
    }
    this.#fetch = config.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.#sleep = config.sleep ?? defaultSleep;
    this.#serverUrls = new Map(Object.entries(config.serverUrls ?? {}).map(([server, url]) => [server.replace(/\/+$/, ""), checkBaseUrl(url)]));
    this.#defaults = defaults;
    this.#checkOptions(defaults);
  }

  /** A requestor sharing this one's credentials, tokens and hooks, with default `options` (per-call options still win; headers merge). */
  withOptions(options: RequestOptions): Requestor {
    const clone = new Requestor({ ...this.#config, auth: this.#auth }, this.#merge(options));
    clone.#listeners = this.#listeners;
    return clone;
  }

  /** Call `listener` before (`request`) or after (`response`) every attempt. */
  on<K extends keyof Hooks>(event: K, listener: Listener<K>): this {
    (this.#listeners[event] as Set<Listener<K>>).add(listener);
    return this;
  }

  off<K extends keyof Hooks>(event: K, listener: Listener<K>): this {
    (this.#listeners[event] as Set<Listener<K>>).delete(listener);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return {
      baseUrl: this.baseUrl,
      credentials: "***",
      // codegen:stripe
      dialect: this.dialect,
      // codegen:end
      maxRetries: this.maxRetries,
    };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Requestor { baseUrl: ${JSON.stringify(this.baseUrl)}, credentials: '***' }`;
  }

  // -- the calls the generated layer makes ----------------------------------------------------

  /** One call; its answer read as `route.responseType` says, parsed with `parse` (object answers get a `lastResponse`). */
  request<T = unknown>(route: Route, options?: RequestOptions, parse?: (value: unknown) => T): APIPromise<T> {
    return new APIPromise(async () => {
      this.#validate(route);
      const answer = await this.#send(route, options, false);
      const data = this.#read(route, answer, parse);
      return { data: withLastResponse(data, answer.raw), response: answer.raw };
    });
  }

  /** A list call: await it for the first page, `for await` over it for every item (see pagination.ts). */
  requestPage<T = unknown, Raw = unknown>(
    route: Route,
    spec: PageSpec,
    options?: RequestOptions,
    parseItem?: (value: unknown) => T,
  ): PagePromise<T, Raw> {
    return new PagePromise(async () => {
      this.#validate(route);
      return this.#page<T, Raw>(route, spec, options, parseItem);
    });
  }

  /** A call answered with server-sent events, each event's data parsed with `parse`. */
  requestStream<T = unknown>(route: Route, options?: RequestOptions, parse?: (value: unknown) => T): APIPromise<Stream<T>> {
    return new APIPromise(async (): Promise<WithResponse<Stream<T>>> => {
      this.#validate(route);
      const answer = await this.#send(route, options, true);
      const fail = (event: ServerSentEvent, value: unknown): Error => {
        const body = typeof value === "object" && value !== null ? JSON.stringify(value) : JSON.stringify({ error: { message: event.data } });
        return this.#error(500, answer.raw.headers, body, route);
      };
      const lost = (cause: unknown): Error => {
        const aborted = options?.signal?.aborted === true || this.#defaults.signal?.aborted === true;
        const error = aborted
          ? new APIUserAbortError(`${route.method} ${route.path.split("?")[0] ?? ""} was aborted`, { cause })
          : new APIConnectionError(this.#redact(`The event stream of ${route.method} ${route.path.split("?")[0] ?? ""} was cut: ${describe(cause)}`), { cause });
        return nameError(error, this.#config.errorNames);
      };
      const handlers = { parse: parse ?? ((value: unknown) => value as T), fail, lost };
      const stream = new Stream<T>(answer.raw, answer.response.body, handlers, answer.controller);
      return { data: stream, response: answer.raw };
    });
  }

  async #page<T, Raw>(route: Route, spec: PageSpec, options: RequestOptions | undefined, parseItem?: (value: unknown) => T): Promise<PageOf<T, Raw>> {
    const answer = await this.#send(route, options, false);
    const raw = this.#read(route, answer, undefined) as Raw;
    const query = route.query as Readonly<Record<string, unknown>> | undefined;
    const following = nextRequest(spec, raw, query, answer.raw.headers.get("link"), answer.raw.url);
    const { idempotencyKey: _, ...later } = options ?? {}; // a key is for one request only
    const fetchNext = (step: NextRequest): Promise<PageOf<T, Raw>> => {
      if ("query" in step) return this.#page<T, Raw>({ ...route, query: step.query }, spec, later, parseItem);
      const target = new URL(step.url);
      return this.#page<T, Raw>(
        { ...route, method: "GET", path: target.pathname + target.search, query: undefined, body: undefined, server: target.origin },
        spec,
        later,
        parseItem,
      );
    };
    const items = itemsOf(spec, raw).map((item) => (parseItem ? parseItem(item) : (item as T)));
    return new Page<T, Raw>(items, raw, answer.raw, following, fetchNext, walksBackwards(spec, query)) as PageOf<T, Raw>;
  }

  // -- preparing ----------------------------------------------------------------------------

  /** Throws a `ValidationError` (under the API's name) when the route's params check finds issues. */
  #validate(route: Route): void {
    if (route.validate === undefined || this.#config.validateRequests === false) return;
    const issues = route.validate();
    if (issues.length) throw nameError(new ValidationError(`${route.method} ${route.path.split("?")[0] ?? ""}`, issues), this.#config.errorNames);
  }

  #checkOptions(options: RequestOptions): void {
    // codegen:stripe
    const stripe = options as StripeRequestOptions;
    if (this.dialect !== "stripe" && (stripe.apiVersion !== undefined || stripe.stripeAccount !== undefined)) {
      throw new TypeError("apiVersion and stripeAccount are only for clients of a Stripe-dialect API");
    }
    // codegen:end
    if (options.maxRetries !== undefined) checkRetries(options.maxRetries);
  }

  #merge(options: RequestOptions | undefined): RequestOptions {
    if (options === undefined) return this.#defaults;
    this.#checkOptions(options);
    const headers = this.#defaults.headers && options.headers ? { ...this.#defaults.headers, ...options.headers } : options.headers ?? this.#defaults.headers;
    const merged: RequestOptions = { ...this.#defaults, ...options };
    return headers === undefined ? merged : { ...merged, headers };
  }

  #serverUrl(server: string | undefined): string {
    if (server === undefined) return this.baseUrl;
    const bare = server.replace(/\/+$/, "");
    return this.#serverUrls.get(bare) ?? bare;
  }

  async #prepare(route: Route, options: RequestOptions, stream: boolean): Promise<Prepared> {
    if (!route.path.startsWith("/")) throw new TypeError(`path must start with '/', got ${JSON.stringify(route.path)}`);
    const headers: Record<string, string> = {
      "User-Agent": this.userAgent,
      Accept: route.accept ?? (stream ? "text/event-stream" : "application/json"),
      ...this.#config.headers,
    };
    // codegen:stripe
    const stripe = options as StripeRequestOptions;
    const apiVersion = this.dialect === "stripe" ? stripe.apiVersion ?? this.#config.apiVersion : undefined;
    const account = this.dialect === "stripe" ? stripe.stripeAccount ?? this.#config.stripeAccount : undefined;
    if (this.dialect === "stripe") {
      const app = this.#config.appInfo;
      headers["X-Stripe-Client-User-Agent"] = JSON.stringify({ lang: "typescript", publisher: "codegen", ...(app ? { application: app } : {}) });
      if (apiVersion) headers["Stripe-Version"] = apiVersion;
      if (account) headers["Stripe-Account"] = account;
    }
    // codegen:end
    const idempotencyKey = options.idempotencyKey || (route.method === "POST" ? await uuid4() : undefined);
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;

    let url = this.#serverUrl(route.server) + route.path;
    const query = encodeForm(route.query, route.repeated);
    if (query) url += (url.includes("?") ? "&" : "?") + query;
    if (route.body !== undefined && (route.method === "GET" || route.method === "HEAD")) {
      throw new TypeError(`a ${route.method} request has no body: send its params as route.query`);
    }
    let body: Prepared["body"];
    if (route.body !== undefined || (route.method !== "GET" && route.method !== "HEAD" && route.method !== "DELETE" && route.encoding !== undefined)) {
      switch (route.encoding ?? "form") {
        case "form":
          headers["Content-Type"] = "application/x-www-form-urlencoded";
          body = encodeForm(route.body as object | undefined, route.repeated);
          break;
        case "json":
          headers["Content-Type"] = route.mediaType ?? "application/json";
          body = encodeJson(route.body);
          break;
        case "multipart":
          body = await encodeMultipart(route.body as object | undefined); // fetch writes the Content-Type and its boundary
          break;
        case "binary":
        case "text":
          headers["Content-Type"] = route.mediaType ?? (route.encoding === "text" ? "text/plain; charset=utf-8" : "application/octet-stream");
          body = await encodeRaw(route.body);
          break;
      }
    }
    return {
      method: route.method,
      path: route.path.split("?")[0] ?? route.path,
      url,
      headers,
      extra: options.headers ?? {},
      body,
      timeout: options.timeout ?? this.timeout,
      maxRetries: checkRetries(options.maxRetries ?? this.maxRetries),
      idempotencyKey,
      // codegen:stripe
      apiVersion,
      account,
      // codegen:end
      signal: options.signal,
    };
  }

  // -- sending ------------------------------------------------------------------------------

  /** Send `route` until it succeeds, fails for good, or the retries are spent. */
  async #send(route: Route, options: RequestOptions | undefined, stream: boolean): Promise<Answer> {
    const opts = this.#merge(options);
    const prepared = await this.#prepare(route, opts, stream);
    const fetchToken: TokenFetcher = (url, headers, body) => this.#fetchToken(url, headers, body, prepared);
    let applied = await this.#auth.apply(route.security, fetchToken, opts.apiKey);
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(prepared, applied, attempt, stream);
      if (!("response" in outcome)) {
        if (outcome.retryable && attempt <= prepared.maxRetries) {
          await this.#wait(prepared, this.retryPolicy.backoff(attempt));
          continue;
        }
        throw outcome.error;
      }
      const { response } = outcome;
      if (response.status === 401 && applied.refreshable !== undefined && !refreshed) {
        refreshed = true; // a fetched token the API no longer takes: fetch one anew, once, and resend (same Idempotency-Key)
        this.#auth.forgetToken(applied.refreshable, applied.headers["Authorization"]);
        applied = await this.#auth.apply(route.security, fetchToken, opts.apiKey);
        continue;
      }
      if (response.status >= 300 && attempt <= prepared.maxRetries && this.retryPolicy.shouldRetryResponse(response.status, response.headers)) {
        await this.#wait(prepared, this.retryPolicy.delay(attempt, response.headers) * 1000);
        continue;
      }
      if (!succeeded(response)) throw this.#error(response.status, response.headers, new TextDecoder().decode(outcome.bytes), route);
      return outcome;
    }
  }

  async #wait(prepared: Prepared, milliseconds: number): Promise<void> {
    try {
      await this.#sleep(milliseconds, prepared.signal);
    } catch {
      throw nameError(new APIUserAbortError(`${prepared.method} ${prepared.path} was aborted`), this.#config.errorNames);
    }
  }

  /** One attempt: the answer (its body read unless it is a stream that succeeded), or why there is none. */
  async #attempt(
    prepared: Prepared,
    applied: Applied,
    attempt: number,
    stream: boolean,
  ): Promise<Answer | { readonly error: APIError; readonly retryable: boolean }> {
    let url = prepared.url;
    if (applied.query.length > 0) {
      url += (url.includes("?") ? "&" : "?") + applied.query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&");
    }
    const headers = new Headers(prepared.headers);
    for (const [name, value] of Object.entries(applied.headers)) headers.set(name, value);
    if (applied.cookies.length > 0) headers.set("Cookie", applied.cookies.map(([name, value]) => `${name}=${value}`).join("; "));
    for (const [name, value] of Object.entries(prepared.extra)) headers.set(name, value); // the caller's headers win
    const controller = new AbortController();
    const onAbort = (): void => controller.abort(prepared.signal?.reason);
    if (prepared.signal?.aborted) onAbort();
    prepared.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(() => controller.abort(TIMED_OUT), prepared.timeout);
    const started = Date.now();
    const event: RequestEvent = {
      method: prepared.method,
      path: prepared.path,
      attempt,
      idempotencyKey: prepared.idempotencyKey,
      // codegen:stripe
      apiVersion: prepared.apiVersion,
      account: prepared.account,
      // codegen:end
      requestStartTime: started,
    };
    this.#emit("request", event);
    let response: Response;
    let bytes: Uint8Array | undefined;
    try {
      response = await this.#fetch(url, {
        method: prepared.method,
        headers,
        ...(prepared.body !== undefined ? { body: prepared.body as BodyInit } : {}),
        signal: controller.signal,
        redirect: "manual",
      });
      if (!stream || !succeeded(response)) bytes = new Uint8Array(await response.arrayBuffer());
    } catch (cause) {
      clearTimeout(timer);
      prepared.signal?.removeEventListener("abort", onAbort);
      const timedOut = controller.signal.reason === TIMED_OUT;
      const aborted = !timedOut && prepared.signal?.aborted === true;
      const error = aborted
        ? new APIUserAbortError(`${prepared.method} ${prepared.path} was aborted`, { cause: prepared.signal?.reason })
        : this.#connectionError(prepared, cause, attempt, timedOut);
      this.#emit("response", { ...event, status: undefined, requestId: undefined, elapsedMs: Date.now() - started, error: error.constructor.name });
      return { error: nameError(error, this.#config.errorNames), retryable: !aborted };
    }
    if (!stream || !succeeded(response)) {
      clearTimeout(timer);
      prepared.signal?.removeEventListener("abort", onAbort);
    } else {
      clearTimeout(timer); // the timeout covers the wait for the stream's headers; the caller's signal still stops it
    }
    const raw: RawResponse = {
      status: response.status,
      headers: this.#redactHeaders(response.headers),
      requestId: requestIdOf(response.headers),
      url: prepared.url, // without an API key sent in the query
      idempotencyKey: prepared.idempotencyKey,
    };
    this.#emit("response", { ...event, status: response.status, requestId: raw.requestId, elapsedMs: Date.now() - started, error: undefined });
    return { response, raw, bytes, controller };
  }

  #emit<K extends keyof Hooks>(name: K, event: Hooks[K]): void {
    for (const listener of this.#listeners[name] as Set<Listener<K>>) {
      try {
        listener(event);
      } catch {
        // a hook's failure is the application's; the call goes on
      }
    }
  }

  /** The parsed body of a 2xx answer. */
  #read<T>(route: Route, answer: Answer, parse: ((value: unknown) => T) | undefined): T {
    const bytes = answer.bytes ?? new Uint8Array();
    const kind = route.responseType ?? "json";
    if (kind === "none") return undefined as T;
    if (kind === "bytes") return (parse ? parse(bytes.buffer) : bytes.buffer) as T;
    const text = new TextDecoder().decode(bytes);
    if (kind === "text") return (parse ? parse(text) : text) as T;
    if (text.trim() === "") return (parse ? parse(undefined) : undefined) as T;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw nameError(
        new InternalServerError(`Invalid JSON in the API response (HTTP ${answer.raw.status})`, {
          status: answer.raw.status,
          requestId: answer.raw.requestId,
          headers: answer.raw.headers,
          body: this.#redact(text),
        }),
        this.#config.errorNames,
      );
    }
    if (this.#config.strict === true && route.check !== undefined) this.#check(route, answer, text, value);
    return parse ? parse(value) : (value as T);
  }

  /** Throws a `ResponseValidationError` (under the API's name) when the route's response check finds issues in `value`. */
  #check(route: Route, answer: Answer, text: string, value: unknown): void {
    const issues = route.check?.(value) ?? [];
    if (!issues.length) return;
    const body = this.#redact(text);
    const error = new ResponseValidationError(`${route.method} ${route.path.split("?")[0] ?? ""}`, issues, {
      status: answer.raw.status,
      requestId: answer.raw.requestId,
      headers: this.#redactHeaders(answer.raw.headers),
      body,
      json: body === text ? value : redactJson(value, (part) => this.#redact(part)),
    });
    error.message = this.#redact(error.message);
    throw nameError(error, this.#config.errorNames);
  }

  #error(status: number, headers: Headers, body: string, route: Route): APIError {
    const error = errorFromResponse(status, this.#redactHeaders(headers), body, (text) => this.#redact(text));
    if (route.errorModel !== undefined && error.json !== undefined) {
      try {
        error.model = route.errorModel(status, error.json);
      } catch {
        error.model = undefined; // a body not of the declared shape: `json` still holds it
      }
    }
    return nameError(error, this.#config.errorNames);
  }

  #connectionError(prepared: Prepared, cause: unknown, attempt: number, timedOut: boolean): APIError {
    const plural = attempt === 1 ? "" : "s";
    const detail = timedOut ? `timed out after ${prepared.timeout} ms` : describe(cause);
    const message = this.#redact(`Could not complete the request to the API (${prepared.method} ${prepared.path}) after ${attempt} attempt${plural}: ${detail}`);
    return timedOut ? new APIConnectionTimeoutError(message) : new APIConnectionError(message);
  }

  /** POST a client-credentials grant; the token endpoint's JSON. */
  async #fetchToken(url: string, headers: Record<string, string>, body: string, prepared: Prepared): Promise<unknown> {
    const target = new URL(url, this.baseUrl + "/").href;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(TIMED_OUT), prepared.timeout);
    try {
      const response = await this.#fetch(target, { method: "POST", headers: { ...headers, "User-Agent": this.userAgent }, body, signal: controller.signal, redirect: "manual" });
      const text = await response.text();
      if (!succeeded(response)) throw this.#error(response.status, response.headers, text, { method: "POST", path: "/" });
      try {
        return JSON.parse(text);
      } catch {
        throw nameError(new InternalServerError(`The token endpoint answered something that is not JSON (HTTP ${response.status})`), this.#config.errorNames);
      }
    } catch (cause) {
      if (cause instanceof APIError) throw cause;
      const why = controller.signal.reason === TIMED_OUT ? `timed out after ${prepared.timeout} ms` : cause instanceof Error ? cause.message : String(cause);
      throw nameError(new APIConnectionError(this.#redact(`Could not fetch an access token from ${target}: ${why}`)), this.#config.errorNames);
    } finally {
      clearTimeout(timer);
    }
  }

  // -- keeping credentials out ------------------------------------------------------------

  #redact(text: string): string {
    let out = text;
    for (const secret of this.#auth.secrets().sort((a, b) => b.length - a.length)) {
      if (secret !== "" && out.includes(secret)) out = out.split(secret).join("***");
    }
    return out.replace(/\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]+/gi, "$1$2***");
  }

  #redactHeaders(headers: Headers): Headers {
    const out = new Headers();
    headers.forEach((value, name) => {
      out.append(name, /^(authorization|proxy-authorization|cookie|set-cookie)$/i.test(name) ? "***" : this.#redact(value));
    });
    return out;
  }
}

/** A 2xx answer (a redirect, not followed, is not one: in a browser its status is 0). */
function succeeded(response: Response): boolean {
  return response.status >= 200 && response.status < 300;
}

/** `TypeError: fetch failed (ECONNRESET: other side closed)`: a failure and its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (!(cause instanceof Error)) return `${error.name}: ${error.message}`;
  const code = (cause as { code?: unknown }).code;
  return `${error.name}: ${error.message} (${typeof code === "string" ? `${code}: ` : ""}${cause.message})`;
}
