// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import { Auth, Requestor, type AppInfo, type FetchLike, type Hooks, type Scheme } from "./runtime/index.js";
import { ERROR_NAMES } from "./errors.js";
import { CustomerSessionsResource } from "./resources/customer-sessions.js";
import { CustomersResource } from "./resources/customers.js";
import { EventsResource } from "./resources/events.js";
import { PaymentIntentsResource } from "./resources/payment-intents.js";
import { PaymentMethodsResource } from "./resources/payment-methods.js";
import { SetupIntentsResource } from "./resources/setup-intents.js";
import { VERSION } from "./version.js";

/** The API's security schemes, by the spec's names. */
const SCHEMES: Readonly<Record<string, Scheme>> = {
  basicAuth: { kind: "basic" },
  bearerAuth: { kind: "bearer" },
};
/** The schemes an operation accepts unless it names its own. */
const SECURITY: readonly string[] = ["bearerAuth", "basicAuth"];

/** Settings of a `Stripe`. */
export interface ClientOptions {
  /** The API's base URL (default "https://api.stripe.com"). */
  readonly baseUrl?: string | undefined;
  /** The `Stripe-Version` of every call (default: your account's). */
  readonly apiVersion?: string | undefined;
  /** Act as this connected account on every call (`Stripe-Account`). */
  readonly stripeAccount?: string | undefined;
  /** Called for a bearer token before each call (a token you rotate yourself); wins over the API key. */
  readonly tokenProvider?: (() => string | Promise<string>) | undefined;
  /** Retries after the first attempt (default 2). */
  readonly maxRetries?: number | undefined;
  /** Milliseconds each attempt may take (default 80 000). */
  readonly timeout?: number | undefined;
  /** Your application, added to the User-Agent. */
  readonly appInfo?: AppInfo | undefined;
  /** The `fetch` to send with (default: the global one). */
  readonly fetch?: FetchLike | undefined;
  /** Headers sent with every call. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Where operations with their own server go instead (`{ "https://files.example.com": "http://localhost:12111" }`). */
  readonly serverUrls?: Readonly<Record<string, string>> | undefined;
  /** Check each call's params against the API's schema before sending it, failing with a `StripeValidationError` (default true). */
  readonly validateRequests?: boolean | undefined;
  /** Check each JSON answer against the API's schema before converting it, failing with a `StripeResponseValidationError` (default false). */
  readonly strict?: boolean | undefined;
}

/**
 * Client for the Stripe API (customer sessions subset): one property per resource, each a service
 * of its endpoints.
 */
export class Stripe {
  static readonly DEFAULT_BASE_URL = "https://api.stripe.com";
  static readonly VERSION = VERSION;

  readonly customerSessions: CustomerSessionsResource;
  readonly customers: CustomersResource;
  readonly events: EventsResource;
  readonly paymentIntents: PaymentIntentsResource;
  readonly paymentMethods: PaymentMethodsResource;
  readonly setupIntents: SetupIntentsResource;
  readonly #requestor: Requestor; // private: the credentials never show on the client

  /**
   * @param apiKey - Your secret API key or access token
   * @param options - The client's settings.
   */
  constructor(apiKey: string, options: ClientOptions = {}) {
    this.#requestor = new Requestor({
      baseUrl: options.baseUrl ?? Stripe.DEFAULT_BASE_URL,
      auth: new Auth(SCHEMES, SECURITY, { apiKey, tokenProvider: options.tokenProvider }),
      userAgent: "stripe-api/0.1.0",
      dialect: "stripe",
      apiVersion: options.apiVersion,
      stripeAccount: options.stripeAccount,
      maxRetries: options.maxRetries,
      timeout: options.timeout,
      appInfo: options.appInfo,
      fetch: options.fetch,
      headers: options.headers,
      serverUrls: options.serverUrls,
      validateRequests: options.validateRequests,
      strict: options.strict,
      errorNames: ERROR_NAMES,
    });
    this.customerSessions = new CustomerSessionsResource(this.#requestor);
    this.customers = new CustomersResource(this.#requestor);
    this.events = new EventsResource(this.#requestor);
    this.paymentIntents = new PaymentIntentsResource(this.#requestor);
    this.paymentMethods = new PaymentMethodsResource(this.#requestor);
    this.setupIntents = new SetupIntentsResource(this.#requestor);
  }

  /** Calls `listener` before each attempt of every call (`request`), or after it (`response`). */
  on<K extends keyof Hooks>(event: K, listener: (event: Hooks[K]) => void): this {
    this.#requestor.on(event, listener);
    return this;
  }

  /** Stops calling `listener`. */
  off<K extends keyof Hooks>(event: K, listener: (event: Hooks[K]) => void): this {
    this.#requestor.off(event, listener);
    return this;
  }
}
