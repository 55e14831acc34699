// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import { encodePathParam, type PagePromise, type Requestor, type StripeRequestOptions } from "../runtime/index.js";
import * as validators from "../validators.js";
import type { CustomersPaymentMethodsListResponse } from "../types/customers-payment-methods-list-response.js";
import type { CustomerPaymentMethodListParams } from "../types/params/customer-payment-methods.js";
import type { PaymentMethod } from "../types/payment-method.js";

/** The `customers.payment_methods` endpoints: `client.customers.paymentMethods`. */
export class CustomerPaymentMethodsResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   *
   * @param customer - ID of the customer.
   */
  list(
    customer: string,
    params: CustomerPaymentMethodListParams = {},
    options?: StripeRequestOptions,
  ): PagePromise<PaymentMethod, CustomersPaymentMethodsListResponse> {
    return this.#requestor.requestPage<PaymentMethod, CustomersPaymentMethodsListResponse>(
      {
        method: "GET",
        path: `/v1/customers/${encodePathParam(customer)}/payment_methods`,
        query: params,
        validate: () => validators.customersPaymentMethodsList(params),
        check: validators.customersPaymentMethodsListResponse,
      },
      { style: "list" },
      options,
    );
  }
}
