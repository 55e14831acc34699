/**
 * What a call returns: an `APIPromise`, awaited for the parsed result, or asked
 * `.withResponse()` for the result and the raw response (status, headers, request id).
 *
 * The request is sent at once, as a promise's work starts (a call nobody awaits is still
 * made); awaiting it again gives the same result without sending it again.
 */

/** The HTTP side of an answer. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Headers;
  /** `Request-Id` (or `X-Request-Id`). */
  readonly requestId: string | undefined;
  /** The URL that answered (its query string included). */
  readonly url: string;
  /** The `Idempotency-Key` the request was sent with, if any. */
  readonly idempotencyKey: string | undefined;
}

export interface WithResponse<T> {
  readonly data: T;
  readonly response: RawResponse;
}

export class APIPromise<T> implements PromiseLike<T> {
  readonly #sent: Promise<WithResponse<T>>;

  constructor(send: () => Promise<WithResponse<T>>) {
    this.#sent = send();
  }

  /** The parsed result and the raw response. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#sent;
  }

  /** The raw response alone (status, headers, request id). */
  async asResponse(): Promise<RawResponse> {
    return (await this.withResponse()).response;
  }

  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse().then((answer) => answer.data).then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }

  get [Symbol.toStringTag](): string {
    return "APIPromise";
  }
}

/**
 * Attach `response` to an object result as a non-enumerable `lastResponse`: not serialised,
 * not compared, not shown by `console.log`.
 */
export function withLastResponse<T>(data: T, response: RawResponse): T {
  if (typeof data === "object" && data !== null && Object.isExtensible(data)) {
    Object.defineProperty(data, "lastResponse", { value: response, enumerable: false, configurable: true, writable: true });
  }
  return data;
}
