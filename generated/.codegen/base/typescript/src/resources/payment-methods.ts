// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import { encodePathParam, type APIPromise, type Requestor, type StripeRequestOptions } from "../runtime/index.js";
import * as validators from "../validators.js";
import type {
  PaymentMethodAttachParams,
  PaymentMethodDetachParams,
  PaymentMethodRetrieveParams,
} from "../types/params/payment-methods.js";
import type { PaymentMethod } from "../types/payment-method.js";

/** The `payment_methods` endpoints: `client.paymentMethods`. */
export class PaymentMethodsResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   *
   * @param paymentMethod - ID of the payment method.
   */
  retrieve(
    paymentMethod: string,
    params: PaymentMethodRetrieveParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<PaymentMethod> {
    return this.#requestor.request<PaymentMethod>(
      {
        method: "GET",
        path: `/v1/payment_methods/${encodePathParam(paymentMethod)}`,
        query: params,
        validate: () => validators.paymentMethodsRetrieve(params),
        check: validators.paymentMethodsRetrieveResponse,
      },
      options,
    );
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with `setup_future_usage`, which run the checks and
   * authentication that future payments need.
   *
   * @param paymentMethod - ID of the payment method.
   */
  attach(
    paymentMethod: string,
    params: PaymentMethodAttachParams,
    options?: StripeRequestOptions,
  ): APIPromise<PaymentMethod> {
    return this.#requestor.request<PaymentMethod>(
      {
        method: "POST",
        path: `/v1/payment_methods/${encodePathParam(paymentMethod)}/attach`,
        body: params,
        validate: () => validators.paymentMethodsAttach(params),
        check: validators.paymentMethodsAttachResponse,
      },
      options,
    );
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a
   * payment or attached to a Customer again.
   *
   * @param paymentMethod - ID of the payment method.
   */
  detach(
    paymentMethod: string,
    params: PaymentMethodDetachParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<PaymentMethod> {
    return this.#requestor.request<PaymentMethod>(
      {
        method: "POST",
        path: `/v1/payment_methods/${encodePathParam(paymentMethod)}/detach`,
        body: params,
        validate: () => validators.paymentMethodsDetach(params),
        check: validators.paymentMethodsDetachResponse,
      },
      options,
    );
  }
}
