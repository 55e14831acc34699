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
  PaymentIntentCancelParams,
  PaymentIntentConfirmParams,
  PaymentIntentCreateParams,
  PaymentIntentListParams,
  PaymentIntentRetrieveParams,
  PaymentIntentUpdateParams,
} from "../types/params/payment-intents.js";
import type { PaymentIntent } from "../types/payment-intent.js";
import type { PaymentIntentsListResponse } from "../types/payment-intents-list-response.js";

/** The `payment_intents` endpoints: `client.paymentIntents`. */
export class PaymentIntentsResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  /** Returns a list of PaymentIntents, most recently created first. */
  list(
    params: PaymentIntentListParams = {},
    options?: StripeRequestOptions,
  ): PagePromise<PaymentIntent, PaymentIntentsListResponse> {
    return this.#requestor.requestPage<PaymentIntent, PaymentIntentsListResponse>(
      {
        method: "GET",
        path: "/v1/payment_intents",
        query: params,
        validate: () => validators.paymentIntentsList(params),
        check: validators.paymentIntentsListResponse,
      },
      { style: "list" },
      options,
    );
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing `confirm=true` does both in one request.
   */
  create(params: PaymentIntentCreateParams, options?: StripeRequestOptions): APIPromise<PaymentIntent> {
    return this.#requestor.request<PaymentIntent>(
      {
        method: "POST",
        path: "/v1/payment_intents",
        body: params,
        validate: () => validators.paymentIntentsCreate(params),
        check: validators.paymentIntentsCreateResponse,
      },
      options,
    );
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's `client_secret`;
   * the response then omits some fields.
   *
   * @param intent - ID of the intent.
   */
  retrieve(
    intent: string,
    params: PaymentIntentRetrieveParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<PaymentIntent> {
    return this.#requestor.request<PaymentIntent>(
      {
        method: "GET",
        path: `/v1/payment_intents/${encodePathParam(intent)}`,
        query: params,
        validate: () => validators.paymentIntentsRetrieve(params),
        check: validators.paymentIntentsRetrieveResponse,
      },
      options,
    );
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   *
   * @param intent - ID of the intent.
   */
  update(
    intent: string,
    params: PaymentIntentUpdateParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<PaymentIntent> {
    return this.#requestor.request<PaymentIntent>(
      {
        method: "POST",
        path: `/v1/payment_intents/${encodePathParam(intent)}`,
        body: params,
        validate: () => validators.paymentIntentsUpdate(params),
        check: validators.paymentIntentsUpdateResponse,
      },
      options,
    );
  }

  /**
   * Cancels a PaymentIntent whose status is `requires_payment_method`, `requires_capture`,
   * `requires_confirmation`, `requires_action` or, in rare cases, `processing`. Any held funds are
   * released.
   *
   * @param intent - ID of the intent.
   */
  cancel(
    intent: string,
    params: PaymentIntentCancelParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<PaymentIntent> {
    return this.#requestor.request<PaymentIntent>(
      {
        method: "POST",
        path: `/v1/payment_intents/${encodePathParam(intent)}/cancel`,
        body: params,
        validate: () => validators.paymentIntentsCancel(params),
        check: validators.paymentIntentsCancelResponse,
      },
      options,
    );
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to `requires_action`.
   *
   * @param intent - ID of the intent.
   */
  confirm(
    intent: string,
    params: PaymentIntentConfirmParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<PaymentIntent> {
    return this.#requestor.request<PaymentIntent>(
      {
        method: "POST",
        path: `/v1/payment_intents/${encodePathParam(intent)}/confirm`,
        body: params,
        validate: () => validators.paymentIntentsConfirm(params),
        check: validators.paymentIntentsConfirmResponse,
      },
      options,
    );
  }
}
