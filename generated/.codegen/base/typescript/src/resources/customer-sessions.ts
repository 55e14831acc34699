// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { APIPromise, Requestor, StripeRequestOptions } from "../runtime/index.js";
import * as validators from "../validators.js";
import type { CustomerSession } from "../types/customer-session.js";
import type { CustomerSessionCreateParams } from "../types/params/customer-sessions.js";

/** The `customer_sessions` endpoints: `client.customerSessions`. */
export class CustomerSessionsResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  create(params: CustomerSessionCreateParams, options?: StripeRequestOptions): APIPromise<CustomerSession> {
    return this.#requestor.request<CustomerSession>(
      {
        method: "POST",
        path: "/v1/customer_sessions",
        body: params,
        validate: () => validators.customerSessionsCreate(params),
        check: validators.customerSessionsCreateResponse,
      },
      options,
    );
  }
}
