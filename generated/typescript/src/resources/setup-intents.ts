// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import {
  encodePathParam,
  type APIPromise,
  type PagePromise,
  type Requestor,
  type StripeRequestOptions,
} from "../runtime/index.js";
import * as validators from "../validators.js";
import type {
  SetupIntentConfirmParams,
  SetupIntentCreateParams,
  SetupIntentListParams,
  SetupIntentRetrieveParams,
} from "../types/params/setup-intents.js";
import type { SetupIntent } from "../types/setup-intent.js";
import type { SetupIntentsListResponse } from "../types/setup-intents-list-response.js";

/** The `setup_intents` endpoints: `client.setupIntents`. */
export class SetupIntentsResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  /** Returns a list of SetupIntents, most recently created first. */
  list(
    params: SetupIntentListParams = {},
    options?: StripeRequestOptions,
  ): PagePromise<SetupIntent, SetupIntentsListResponse> {
    return this.#requestor.requestPage<SetupIntent, SetupIntentsListResponse>(
      {
        method: "GET",
        path: "/v1/setup_intents",
        query: params,
        validate: () => validators.setupIntentsList(params),
        check: validators.setupIntentsListResponse,
      },
      { style: "list" },
      options,
    );
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  create(params: SetupIntentCreateParams = {}, options?: StripeRequestOptions): APIPromise<SetupIntent> {
    return this.#requestor.request<SetupIntent>(
      {
        method: "POST",
        path: "/v1/setup_intents",
        body: params,
        validate: () => validators.setupIntentsCreate(params),
        check: validators.setupIntentsCreateResponse,
      },
      options,
    );
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's `client_secret`; the
   * response then omits some fields.
   *
   * @param intent - ID of the intent.
   */
  retrieve(
    intent: string,
    params: SetupIntentRetrieveParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<SetupIntent> {
    return this.#requestor.request<SetupIntent>(
      {
        method: "GET",
        path: `/v1/setup_intents/${encodePathParam(intent)}`,
        query: params,
        validate: () => validators.setupIntentsRetrieve(params),
        check: validators.setupIntentsRetrieveResponse,
      },
      options,
    );
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to `requires_action`; otherwise it moves to
   * `succeeded`.
   *
   * @param intent - ID of the intent.
   */
  confirm(
    intent: string,
    params: SetupIntentConfirmParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<SetupIntent> {
    return this.#requestor.request<SetupIntent>(
      {
        method: "POST",
        path: `/v1/setup_intents/${encodePathParam(intent)}/confirm`,
        body: params,
        validate: () => validators.setupIntentsConfirm(params),
        check: validators.setupIntentsConfirmResponse,
      },
      options,
    );
  }
}
