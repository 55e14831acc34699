// A hand-written stand-in for the generated layer (the lead's target writes the real one):
// how a client class and a service call the runtime.
import {
  Requestor,
  encodePathParam,
  type APIPromise,
  type AppInfo,
  type FileInput,
  type PagePromise,
  type StripeRequestOptions,
} from "../../../../templates/typescript/runtime/index.js";
import { ERROR_NAMES } from "./errors.js";

export interface Customer {
  readonly id: string;
  readonly object: "customer";
  readonly email: string | null;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface ApiList<T> {
  readonly object: "list";
  readonly data: T[];
  readonly has_more: boolean;
  readonly url: string;
}

export interface CustomerCreateParams {
  readonly email?: string;
  readonly metadata?: Readonly<Record<string, string>> | "";
  readonly expand?: readonly string[];
}

export interface CustomerListParams {
  readonly limit?: number;
  readonly starting_after?: string;
  readonly ending_before?: string;
  readonly created?: { readonly gte?: number | Date; readonly lt?: number | Date };
}

export interface StripeConfig {
  readonly apiVersion?: string;
  readonly maxRetries?: number;
  readonly timeout?: number;
  readonly appInfo?: AppInfo;
  /** Tests: the API's base URL. */
  readonly baseUrl?: string;
  readonly filesUrl?: string;
}

export class CustomersResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  create(params: CustomerCreateParams = {}, options?: StripeRequestOptions): APIPromise<Customer> {
    return this.#requestor.request<Customer>({ method: "POST", path: "/v1/customers", body: params }, options);
  }

  retrieve(id: string, params: { readonly expand?: readonly string[] } = {}, options?: StripeRequestOptions): APIPromise<Customer> {
    return this.#requestor.request<Customer>({ method: "GET", path: `/v1/customers/${encodePathParam(id)}`, query: params }, options);
  }

  del(id: string, options?: StripeRequestOptions): APIPromise<{ id: string; deleted: true }> {
    return this.#requestor.request({ method: "DELETE", path: `/v1/customers/${encodePathParam(id)}` }, options);
  }

  list(params: CustomerListParams = {}, options?: StripeRequestOptions): PagePromise<Customer, ApiList<Customer>> {
    return this.#requestor.requestPage<Customer, ApiList<Customer>>({ method: "GET", path: "/v1/customers", query: params }, { style: "list" }, options);
  }
}

export class FilesResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  create(params: { readonly file: FileInput; readonly purpose: string }, options?: StripeRequestOptions): APIPromise<{ id: string }> {
    return this.#requestor.request(
      { method: "POST", path: "/v1/files", body: params, encoding: "multipart", server: "https://files.stripe.com" },
      options,
    );
  }
}

export class Stripe {
  readonly customers: CustomersResource;
  readonly files: FilesResource;
  readonly #requestor: Requestor; // private: the credentials never show on the client

  constructor(apiKey: string, config: StripeConfig = {}) {
    this.#requestor = new Requestor({
      baseUrl: config.baseUrl ?? "https://api.stripe.com",
      auth: apiKey,
      userAgent: "stripe-api-ts/0.1.0",
      dialect: "stripe",
      apiVersion: config.apiVersion,
      maxRetries: config.maxRetries,
      timeout: config.timeout,
      appInfo: config.appInfo,
      errorNames: ERROR_NAMES,
      serverUrls: config.filesUrl !== undefined ? { "https://files.stripe.com": config.filesUrl } : undefined,
    });
    this.customers = new CustomersResource(this.#requestor);
    this.files = new FilesResource(this.#requestor);
  }

}
