// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.PaymentMethod;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.CustomerPaymentMethodListParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on customers.payment_methods.
 */
public final class CustomerPaymentMethodService extends ApiService {

  public CustomerPaymentMethodService(ApiRequestor requestor) {
    super(requestor);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public Page<PaymentMethod> list(String customer) throws ApiException {
    return list(customer, null, null);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public Page<PaymentMethod> list(
      String customer, CustomerPaymentMethodListParams params) throws ApiException {
    return list(customer, params, null);
  }

  /**
   * Returns a list of the PaymentMethods attached to a customer.
   */
  public Page<PaymentMethod> list(
      String customer, CustomerPaymentMethodListParams params, RequestOptions options) throws ApiException {
    return requestor().requestPage(
        ApiRequest.of("GET", "/v1/customers/{customer}/payment_methods", customer)
            .with(params, options)
            .validate(Validators::customersPaymentMethodsList)
            .validateResponse(Validators::customersPaymentMethodsListResponse),
        PaymentMethod.class,
        null,
        false);
  }
}
