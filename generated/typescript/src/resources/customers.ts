// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import {
  encodePathParam,
  type APIPromise,
  type PagePromise,
  type Requestor,
  type StripeRequestOptions,
} from "../runtime/index.js";
import * as validators from "../validators.js";
import type { Customer } from "../types/customer.js";
import type { CustomersListResponse } from "../types/customers-list-response.js";
import type { CustomersSearchResponse } from "../types/customers-search-response.js";
import type { DeletedCustomer } from "../types/deleted-customer.js";
import type {
  CustomerCreateParams,
  CustomerListParams,
  CustomerRetrieveParams,
  CustomerSearchParams,
  CustomerUpdateParams,
} from "../types/params/customers.js";
import { CustomerPaymentMethodsResource } from "./customer-payment-methods.js";

/** The `customers` endpoints: `client.customers`. */
export class CustomersResource {
  readonly paymentMethods: CustomerPaymentMethodsResource;
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
    this.paymentMethods = new CustomerPaymentMethodsResource(requestor);
  }

  /** Returns a list of your customers, most recently created first. */
  list(params: CustomerListParams = {}, options?: StripeRequestOptions): PagePromise<Customer, CustomersListResponse> {
    return this.#requestor.requestPage<Customer, CustomersListResponse>(
      {
        method: "GET",
        path: "/v1/customers",
        query: params,
        validate: () => validators.customersList(params),
        check: validators.customersListResponse,
      },
      { style: "list" },
      options,
    );
  }

  /** Creates a new customer. */
  create(params: CustomerCreateParams = {}, options?: StripeRequestOptions): APIPromise<Customer> {
    return this.#requestor.request<Customer>(
      {
        method: "POST",
        path: "/v1/customers",
        body: params,
        validate: () => validators.customersCreate(params),
        check: validators.customersCreateResponse,
      },
      options,
    );
  }

  /**
   * Searches customers previously created with the [Search Query
   * Language](https://stripe.com/docs/search#search-query-language). Search results can lag a
   * little behind writes, and search is not available in India.
   */
  search(params: CustomerSearchParams, options?: StripeRequestOptions): PagePromise<Customer, CustomersSearchResponse> {
    return this.#requestor.requestPage<Customer, CustomersSearchResponse>(
      {
        method: "GET",
        path: "/v1/customers/search",
        query: params,
        validate: () => validators.customersSearch(params),
        check: validators.customersSearchResponse,
      },
      { style: "search" },
      options,
    );
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   *
   * @param customer - ID of the customer.
   */
  retrieve(
    customer: string,
    params: CustomerRetrieveParams = {},
    options?: StripeRequestOptions,
  ): APIPromise<Customer | DeletedCustomer> {
    return this.#requestor.request<Customer | DeletedCustomer>(
      {
        method: "GET",
        path: `/v1/customers/${encodePathParam(customer)}`,
        query: params,
        validate: () => validators.customersRetrieve(params),
        check: validators.customersRetrieveResponse,
      },
      options,
    );
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   *
   * @param customer - ID of the customer.
   */
  update(customer: string, params: CustomerUpdateParams = {}, options?: StripeRequestOptions): APIPromise<Customer> {
    return this.#requestor.request<Customer>(
      {
        method: "POST",
        path: `/v1/customers/${encodePathParam(customer)}`,
        body: params,
        validate: () => validators.customersUpdate(params),
        check: validators.customersUpdateResponse,
      },
      options,
    );
  }

  /**
   * Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer
   * are canceled immediately.
   *
   * @param customer - ID of the customer.
   */
  delete(customer: string, options?: StripeRequestOptions): APIPromise<DeletedCustomer> {
    return this.#requestor.request<DeletedCustomer>(
      {
        method: "DELETE",
        path: `/v1/customers/${encodePathParam(customer)}`,
        check: validators.customersDeleteResponse,
      },
      options,
    );
  }
}
