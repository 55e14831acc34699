// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.Customer;
import com.example.stripe.model.DeletedCustomer;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.CustomerCreateParams;
import com.example.stripe.param.CustomerListParams;
import com.example.stripe.param.CustomerRetrieveParams;
import com.example.stripe.param.CustomerSearchParams;
import com.example.stripe.param.CustomerUpdateParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on customers.
 */
public final class CustomerService extends ApiService {
  private final CustomerPaymentMethodService paymentMethods;

  public CustomerService(ApiRequestor requestor) {
    super(requestor);
    this.paymentMethods = new CustomerPaymentMethodService(requestor);
  }

  public CustomerPaymentMethodService paymentMethods() {
    return paymentMethods;
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public Page<Customer> list() throws ApiException {
    return list(null, null);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public Page<Customer> list(CustomerListParams params) throws ApiException {
    return list(params, null);
  }

  /**
   * Returns a list of your customers, most recently created first.
   */
  public Page<Customer> list(
      CustomerListParams params, RequestOptions options) throws ApiException {
    return requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers")
            .with(params, options)
            .validate(Validators::customersList)
            .validateResponse(Validators::customersListResponse),
        Customer.class,
        null,
        false);
  }

  /**
   * Creates a new customer.
   */
  public Customer create() throws ApiException {
    return create(null, null);
  }

  /**
   * Creates a new customer.
   */
  public Customer create(CustomerCreateParams params) throws ApiException {
    return create(params, null);
  }

  /**
   * Creates a new customer.
   */
  public Customer create(CustomerCreateParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/customers")
            .with(params, options)
            .validate(Validators::customersCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customersCreateResponse),
        Customer.class,
        null);
  }

  /**
   * Searches customers previously created with the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>. Search
   * results can lag a little behind writes, and search is not available in India.
   */
  public Page<Customer> search(CustomerSearchParams params) throws ApiException {
    return search(params, null);
  }

  /**
   * Searches customers previously created with the <a
   * href="https://stripe.com/docs/search#search-query-language">Search Query Language</a>. Search
   * results can lag a little behind writes, and search is not available in India.
   */
  public Page<Customer> search(
      CustomerSearchParams params, RequestOptions options) throws ApiException {
    return requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers/search")
            .with(params, options)
            .validate(Validators::customersSearch)
            .validateResponse(Validators::customersSearchResponse),
        Customer.class,
        null,
        true);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public Customer retrieve(String customer) throws ApiException {
    return retrieve(customer, null, null);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public Customer retrieve(String customer, CustomerRetrieveParams params) throws ApiException {
    return retrieve(customer, params, null);
  }

  /**
   * Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
   */
  public Customer retrieve(
      String customer, CustomerRetrieveParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("GET", "/v1/customers/{customer}", customer)
            .with(params, options)
            .validate(Validators::customersRetrieve)
            .validateResponse(Validators::customersRetrieveResponse),
        Customer.class,
        null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(String customer) throws ApiException {
    return update(customer, null, null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(String customer, CustomerUpdateParams params) throws ApiException {
    return update(customer, params, null);
  }

  /**
   * Updates a customer with the parameters you pass; parameters you leave out keep their current
   * values.
   */
  public Customer update(
      String customer, CustomerUpdateParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/customers/{customer}", customer)
            .with(params, options)
            .validate(Validators::customersUpdate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customersUpdateResponse),
        Customer.class,
        null);
  }

  /**
   * Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer
   * are canceled immediately.
   */
  public DeletedCustomer delete(String customer) throws ApiException {
    return delete(customer, null);
  }

  /**
   * Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer
   * are canceled immediately.
   */
  public DeletedCustomer delete(String customer, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("DELETE", "/v1/customers/{customer}", customer)
            .with(null, options)
            .validateResponse(Validators::customersDeleteResponse),
        DeletedCustomer.class,
        null);
  }
}
