/**
 * The errors a client throws, and the mapping from HTTP error responses to them.
 *
 * Every error is an `APIError`. The class is picked from the body's error `type` first, then
 * the status: `idempotency_error` -> `IdempotencyError`; 429 (or 400 with code `rate_limit`)
 * -> `RateLimitError`; `card_error` or 402 -> `CardError`; 401 -> `AuthenticationError`; 403 ->
 * `PermissionDeniedError`; 409 -> `ConflictError`; other 4xx (or `invalid_request_error`) ->
 * `InvalidRequestError`, more precisely `BadRequestError` (400), `NotFoundError` (404) or
 * `UnprocessableEntityError` (422), its subclasses; anything else -> `InternalServerError`. No response at all ->
 * `APIConnectionError` (`APIConnectionTimeoutError` for a timeout); the caller's own
 * AbortSignal -> `APIUserAbortError`. Params failing their operation's check (validation.ts)
 * -> `ValidationError`, an `InvalidRequestError` thrown before anything is sent; a JSON answer
 * not matching its operation's schema (a client made with `strict: true`) ->
 * `ResponseValidationError`, an `APIError` with the answer's status, body and parsed `json`.
 *
 * The classes are the same for every API (the runtime is copied verbatim); a generated
 * package gives them the API's own names by re-exporting them under those names
 * (`export { APIError as AcmeError } from "./runtime/index.js"`: the same class, so
 * `instanceof` works with either name) and by passing those names to the client
 * (`errorNames`), which sets each error's `name`, so stacks and `String(error)` read
 * `AcmeInvalidRequestError: ...`. See `ErrorKind`: a kind without a name takes its parent
 * class's (a package naming `invalidRequest` only has a 404 read `AcmeInvalidRequestError`;
 * another may name `notFound` too).
 *
 * Credentials never reach an error: the requestor masks every secret it holds in the message,
 * the body and the parsed body, and `toString`, `toJSON` and Node's inspection show only the
 * name, message, status, code, param and request id (never headers or bodies).
 */

/** The kinds of error, the keys of `errorNames`. */
export type ErrorKind =
  | "base"
  | "invalidRequest"
  | "badRequest"
  | "notFound"
  | "unprocessableEntity"
  | "authentication"
  | "permissionDenied"
  | "card"
  | "conflict"
  | "idempotency"
  | "rateLimit"
  | "internalServer"
  | "connection"
  | "connectionTimeout"
  | "userAbort"
  | "validation"
  | "responseValidation";

/** The names a generated package gives the error kinds (`{ base: "AcmeError", card: "AcmeCardError" }`). */
export type ErrorNames = Partial<Readonly<Record<ErrorKind, string>>>;

export interface APIErrorFields {
  readonly status?: number | undefined;
  readonly code?: string | undefined;
  readonly param?: string | undefined;
  readonly type?: string | undefined;
  readonly requestId?: string | undefined;
  readonly headers?: Headers | undefined;
  readonly body?: string | undefined;
  readonly json?: unknown;
  readonly docUrl?: string | undefined;
  readonly declineCode?: string | undefined;
  readonly cause?: unknown;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/** Every error the client throws. */
export class APIError extends Error {
  static readonly kind: ErrorKind = "base";
  /** HTTP status; `undefined` when no response was received. */
  readonly status: number | undefined;
  /** Machine-readable error code (`resource_missing`). */
  readonly code: string | undefined;
  /** The request parameter the error is about. */
  readonly param: string | undefined;
  /** The error type (`invalid_request_error`). */
  readonly type: string | undefined;
  /** The `Request-Id` (or `X-Request-Id`) response header. */
  readonly requestId: string | undefined;
  /** The response headers (empty when there was no response). */
  declare readonly headers: Headers;
  /** The response body as text (`""` when none). */
  declare readonly body: string;
  /** The parsed JSON body, `undefined` when it was not JSON. */
  declare readonly json: unknown;
  readonly docUrl: string | undefined;
  /** The body parsed into the error schema the operation declares for this status (set by the generated layer's parser). */
  model: unknown = undefined;

  constructor(message: string, fields: APIErrorFields = {}) {
    super(message || "<empty message>", fields.cause === undefined ? undefined : { cause: fields.cause });
    this.status = fields.status;
    this.code = fields.code;
    this.param = fields.param;
    this.type = fields.type;
    this.requestId = fields.requestId;
    this.docUrl = fields.docUrl;
    // Headers and bodies may hold what a server echoed back: kept off enumeration (and so
    // off JSON.stringify and console.log), still readable.
    for (const [name, value] of [
      ["headers", fields.headers ?? new Headers()],
      ["body", fields.body ?? ""],
      ["json", fields.json],
    ] as const) {
      Object.defineProperty(this, name, { value, enumerable: false, writable: false, configurable: true });
    }
    Object.defineProperty(this, "name", {
      value: (this.constructor as typeof APIError).defaultName(),
      enumerable: false,
      writable: true,
      configurable: true,
    });
  }

  /** `status`, by its other name. */
  get statusCode(): number | undefined {
    return this.status;
  }

  /** The class's own name (overridden per API with `errorNames`). */
  static defaultName(): string {
    return this.name;
  }

  /** The kind of this error, the key of `errorNames`. */
  get kind(): ErrorKind {
    return (this.constructor as typeof APIError).kind;
  }

  override toString(): string {
    return this.requestId ? `${this.name}: (Request ${this.requestId}) ${this.message}` : `${this.name}: ${this.message}`;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      param: this.param,
      type: this.type,
      requestId: this.requestId,
    };
  }

  [INSPECT](): string {
    const fields = Object.entries(this.toJSON())
      .filter(([key, value]) => key !== "name" && value !== undefined)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    return `${this.name} { ${fields.join(", ")} }`;
  }
}

/** Invalid parameters, or an object that does not exist (400, 404 and other 4xx). */
export class InvalidRequestError extends APIError {
  static override readonly kind: ErrorKind = "invalidRequest";
}
/** The request was malformed or its parameters invalid (400). */
export class BadRequestError extends InvalidRequestError {
  static override readonly kind: ErrorKind = "badRequest";
}
/** The object (or route) does not exist (404). */
export class NotFoundError extends InvalidRequestError {
  static override readonly kind: ErrorKind = "notFound";
}
/** The request was well formed but its content refused (422). */
export class UnprocessableEntityError extends InvalidRequestError {
  static override readonly kind: ErrorKind = "unprocessableEntity";
}
/** The credentials were missing, invalid or expired (401). */
export class AuthenticationError extends APIError {
  static override readonly kind: ErrorKind = "authentication";
}
/** The credentials lack the permission for the request (403). */
export class PermissionDeniedError extends APIError {
  static override readonly kind: ErrorKind = "permissionDenied";
}
/** The card could not be charged (402, or type `card_error`); `declineCode` holds the issuer's reason. */
export class CardError extends APIError {
  static override readonly kind: ErrorKind = "card";
  readonly declineCode: string | undefined;
  constructor(message: string, fields: APIErrorFields = {}) {
    super(message, fields);
    this.declineCode = fields.declineCode;
  }
}
/** The request conflicts with the state of the object, or with another request in flight (409). */
export class ConflictError extends APIError {
  static override readonly kind: ErrorKind = "conflict";
}
/** An idempotency key was reused with other parameters (type `idempotency_error`). */
export class IdempotencyError extends APIError {
  static override readonly kind: ErrorKind = "idempotency";
}
/** Too many requests too quickly (429). */
export class RateLimitError extends APIError {
  static override readonly kind: ErrorKind = "rateLimit";
}
/** The server failed (5xx), or answered something the client cannot read. */
export class InternalServerError extends APIError {
  static override readonly kind: ErrorKind = "internalServer";
}
/** The server could not be reached, or the connection failed before the answer was read. */
export class APIConnectionError extends APIError {
  static override readonly kind: ErrorKind = "connection";
}
/** An attempt took longer than the timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly kind: ErrorKind = "connectionTimeout";
}
/** The caller's AbortSignal stopped the request (never retried). */
export class APIUserAbortError extends APIError {
  static override readonly kind: ErrorKind = "userAbort";
}

/** A call needs credentials the client was not given (thrown before anything is sent). */
export class MissingCredentialsError extends TypeError {
  override readonly name = "MissingCredentialsError";
}

/** Give `error` the API's own name for its kind, or for its nearest parent kind that has one. */
export function nameError<E extends APIError>(error: E, names: ErrorNames | undefined): E {
  if (names === undefined) return error;
  for (let kind: unknown = error.constructor; typeof kind === "function" && kind !== Error; kind = Object.getPrototypeOf(kind)) {
    const name = names[(kind as typeof APIError).kind];
    if (name !== undefined) {
      Object.defineProperty(error, "name", { value: name, enumerable: false, writable: true, configurable: true });
      return error;
    }
  }
  return error;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The request id of a response: `Request-Id`, else `X-Request-Id`. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get("request-id") ?? headers.get("x-request-id") ?? undefined;
}

/**
 * The error of an HTTP error response. The body is read as an `{error: {type, code,
 * message, param, decline_code, doc_url}}`, OAuth's `{error: "...", error_description}` or a
 * `{message}`; any other body still gives an error, its text in `body`.
 */
export function errorFromResponse(status: number, headers: Headers, body: string, redact: (text: string) => string = (t) => t): APIError {
  let json: unknown;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  let error: Record<string, unknown> = {};
  if (typeof json === "object" && json !== null && !Array.isArray(json)) {
    const record = json as Record<string, unknown>;
    const candidate = record["error"];
    if (typeof candidate === "object" && candidate !== null && !Array.isArray(candidate)) error = candidate as Record<string, unknown>;
    else if (typeof candidate === "string") error = { code: candidate, message: record["error_description"] ?? candidate };
    else if (typeof record["message"] === "string") error = record;
  }
  const kind = text(error["type"]);
  const code = text(error["code"]);
  const message = redact(
    text(error["message"]) ?? `Unexpected error response from the API (HTTP ${status}): ${body ? body.slice(0, 200) : "<empty body>"}`,
  );
  const fields: APIErrorFields = {
    status,
    code,
    param: text(error["param"]),
    type: kind,
    requestId: requestIdOf(headers),
    headers,
    body: redact(body),
    json: redactJson(json, redact),
    docUrl: text(error["doc_url"]),
    declineCode: text(error["decline_code"]),
  };
  if (kind === "idempotency_error") return new IdempotencyError(message, fields);
  if (status === 429 || (status === 400 && code === "rate_limit")) return new RateLimitError(message, fields);
  if (kind === "card_error" || status === 402) return new CardError(message, fields);
  if (status === 401) return new AuthenticationError(message, fields);
  if (status === 403) return new PermissionDeniedError(message, fields);
  if (status === 409) return new ConflictError(message, fields);
  if (status === 400) return new BadRequestError(message, fields);
  if (status === 404) return new NotFoundError(message, fields);
  if (status === 422) return new UnprocessableEntityError(message, fields);
  if ((status >= 400 && status < 500) || kind === "invalid_request_error") return new InvalidRequestError(message, fields);
  return new InternalServerError(message, fields);
}

/** `value` with `redact` applied to every string in it. */
export function redactJson(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((item: unknown) => redactJson(item, redact));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactJson(item, redact)]));
  }
  return value;
}
