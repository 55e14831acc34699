// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.PaymentMethod;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.PaymentMethodAttachParams;
import com.example.stripe.param.PaymentMethodDetachParams;
import com.example.stripe.param.PaymentMethodRetrieveParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on payment_methods.
 */
public final class PaymentMethodService extends ApiService {

  public PaymentMethodService(ApiRequestor requestor) {
    super(requestor);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public PaymentMethod retrieve(String paymentMethod) throws ApiException {
    return retrieve(paymentMethod, null, null);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public PaymentMethod retrieve(
      String paymentMethod, PaymentMethodRetrieveParams params) throws ApiException {
    return retrieve(paymentMethod, params, null);
  }

  /**
   * Retrieves a PaymentMethod. To list a customer's payment methods, use the customer's payment
   * methods list instead.
   */
  public PaymentMethod retrieve(
      String paymentMethod, PaymentMethodRetrieveParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("GET", "/v1/payment_methods/{payment_method}", paymentMethod)
            .with(params, options)
            .validate(Validators::paymentMethodsRetrieve)
            .validateResponse(Validators::paymentMethodsRetrieveResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with {@code setup_future_usage}, which run the checks
   * and authentication that future payments need.
   */
  public PaymentMethod attach(
      String paymentMethod, PaymentMethodAttachParams params) throws ApiException {
    return attach(paymentMethod, params, null);
  }

  /**
   * Attaches a PaymentMethod to a Customer so it can be reused. Prefer saving payment methods
   * through a SetupIntent, or a PaymentIntent with {@code setup_future_usage}, which run the checks
   * and authentication that future payments need.
   */
  public PaymentMethod attach(
      String paymentMethod, PaymentMethodAttachParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/payment_methods/{payment_method}/attach", paymentMethod)
            .with(params, options)
            .validate(Validators::paymentMethodsAttach)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentMethodsAttachResponse),
        PaymentMethod.class,
        null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(String paymentMethod) throws ApiException {
    return detach(paymentMethod, null, null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(
      String paymentMethod, PaymentMethodDetachParams params) throws ApiException {
    return detach(paymentMethod, params, null);
  }

  /**
   * Detaches a PaymentMethod from its Customer. Once detached it can no longer be used for a payment
   * or attached to a Customer again.
   */
  public PaymentMethod detach(
      String paymentMethod, PaymentMethodDetachParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/payment_methods/{payment_method}/detach", paymentMethod)
            .with(params, options)
            .validate(Validators::paymentMethodsDetach)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentMethodsDetachResponse),
        PaymentMethod.class,
        null);
  }
}
