/**
 * When to retry a request, and how long to wait before doing so.
 *
// codegen:stripe
 * Retried: connection failures and timeouts, and responses with status 409, 429 or 5xx. A
 * `Stripe-Should-Retry` response header (`true`/`false`) overrides the status. The wait is the
// codegen:else
 * Retried: connection failures and timeouts, and responses with status 409, 429 or 5xx. The
 * wait is the
// codegen:end
 * server's `Retry-After` (seconds or an HTTP date, capped at `maxRetryAfter`; `retry-after-ms`
 * too) when given, else exponential backoff with full jitter:
 * `random() * min(maxDelay, initialDelay * 2 ** (retry - 1))`. Times are in seconds, as in the
 * other languages' runtimes.
 */

export interface RetryPolicyOptions {
  /** Base backoff before the first retry, in seconds (default 0.5). */
  readonly initialDelay?: number;
  /** Upper bound of the backoff before jitter, in seconds (default 8). */
  readonly maxDelay?: number;
  /** Longest `Retry-After` honoured, in seconds (default 60). */
  readonly maxRetryAfter?: number;
  /** A number in [0, 1) for the jitter (default `Math.random`). */
  readonly random?: () => number;
}

export class RetryPolicy {
  readonly initialDelay: number;
  readonly maxDelay: number;
  readonly maxRetryAfter: number;
  readonly random: () => number;

  constructor(options: RetryPolicyOptions = {}) {
    this.initialDelay = options.initialDelay ?? 0.5;
    this.maxDelay = options.maxDelay ?? 8;
    this.maxRetryAfter = options.maxRetryAfter ?? 60;
    this.random = options.random ?? Math.random;
    if (!(this.initialDelay >= 0 && this.maxDelay >= 0 && this.maxRetryAfter >= 0)) {
      throw new RangeError("RetryPolicy delays must be numbers >= 0");
    }
  }

  /** May a response with `status` and `headers` be retried? */
  shouldRetryResponse(status: number, headers: Headers): boolean {
    // codegen:stripe
    const advice = headers.get("stripe-should-retry")?.trim().toLowerCase();
    if (advice === "true") return true;
    if (advice === "false") return false;
    // codegen:end
    return status === 409 || status === 429 || status >= 500;
  }

  /** The server's wish in seconds (capped), `undefined` when absent or unreadable. */
  retryAfter(headers: Headers | undefined): number | undefined {
    const milliseconds = Number(headers?.get("retry-after-ms")?.trim() || NaN);
    if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.min(milliseconds / 1000, this.maxRetryAfter);
    const value = headers?.get("retry-after")?.trim();
    if (!value) return undefined;
    let seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (Number.isNaN(seconds)) {
      const when = Date.parse(value);
      if (Number.isNaN(when)) return undefined;
      seconds = Math.max(0, (when - Date.now()) / 1000);
    }
    return Math.min(seconds, this.maxRetryAfter);
  }

  /** Full-jitter exponential backoff before retry number `retry` (1-based), in seconds. */
  backoff(retry: number): number {
    const ceiling = Math.min(this.maxDelay, this.initialDelay * 2 ** Math.min(Math.max(retry - 1, 0), 32));
    return ceiling * this.random();
  }

  /** Seconds to wait before retry number `retry`: `Retry-After`, else the backoff. */
  delay(retry: number, headers?: Headers): number {
    return this.retryAfter(headers) ?? this.backoff(retry);
  }
}
