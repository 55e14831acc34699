// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.PaymentIntent;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.PaymentIntentCancelParams;
import com.example.stripe.param.PaymentIntentConfirmParams;
import com.example.stripe.param.PaymentIntentCreateParams;
import com.example.stripe.param.PaymentIntentListParams;
import com.example.stripe.param.PaymentIntentRetrieveParams;
import com.example.stripe.param.PaymentIntentUpdateParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on payment_intents.
 */
public final class PaymentIntentService extends ApiService {

  public PaymentIntentService(ApiRequestor requestor) {
    super(requestor);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public Page<PaymentIntent> list() throws ApiException {
    return list(null, null);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public Page<PaymentIntent> list(PaymentIntentListParams params) throws ApiException {
    return list(params, null);
  }

  /**
   * Returns a list of PaymentIntents, most recently created first.
   */
  public Page<PaymentIntent> list(
      PaymentIntentListParams params, RequestOptions options) throws ApiException {
    return requestor().requestPage(
        ApiRequest.of("GET", "/v1/payment_intents")
            .with(params, options)
            .validate(Validators::paymentIntentsList)
            .validateResponse(Validators::paymentIntentsListResponse),
        PaymentIntent.class,
        null,
        false);
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing {@code confirm=true} does both in one request.
   */
  public PaymentIntent create(PaymentIntentCreateParams params) throws ApiException {
    return create(params, null);
  }

  /**
   * Creates a PaymentIntent. Once created, attach a payment method and confirm it to continue the
   * payment; passing {@code confirm=true} does both in one request.
   */
  public PaymentIntent create(
      PaymentIntentCreateParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents")
            .with(params, options)
            .validate(Validators::paymentIntentsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsCreateResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public PaymentIntent retrieve(String intent) throws ApiException {
    return retrieve(intent, null, null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public PaymentIntent retrieve(
      String intent, PaymentIntentRetrieveParams params) throws ApiException {
    return retrieve(intent, params, null);
  }

  /**
   * Retrieves a PaymentIntent. With a publishable key, pass the PaymentIntent's {@code
   * client_secret}; the response then omits some fields.
   */
  public PaymentIntent retrieve(
      String intent, PaymentIntentRetrieveParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("GET", "/v1/payment_intents/{intent}", intent)
            .with(params, options)
            .validate(Validators::paymentIntentsRetrieve)
            .validateResponse(Validators::paymentIntentsRetrieveResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(String intent) throws ApiException {
    return update(intent, null, null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(String intent, PaymentIntentUpdateParams params) throws ApiException {
    return update(intent, params, null);
  }

  /**
   * Updates a PaymentIntent without confirming it. Some changes, such as a new payment method, may
   * require the PaymentIntent to be confirmed again.
   */
  public PaymentIntent update(
      String intent, PaymentIntentUpdateParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}", intent)
            .with(params, options)
            .validate(Validators::paymentIntentsUpdate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsUpdateResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(String intent) throws ApiException {
    return cancel(intent, null, null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(String intent, PaymentIntentCancelParams params) throws ApiException {
    return cancel(intent, params, null);
  }

  /**
   * Cancels a PaymentIntent whose status is {@code requires_payment_method}, {@code
   * requires_capture}, {@code requires_confirmation}, {@code requires_action} or, in rare cases,
   * {@code processing}. Any held funds are released.
   */
  public PaymentIntent cancel(
      String intent, PaymentIntentCancelParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}/cancel", intent)
            .with(params, options)
            .validate(Validators::paymentIntentsCancel)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsCancelResponse),
        PaymentIntent.class,
        null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(String intent) throws ApiException {
    return confirm(intent, null, null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(
      String intent, PaymentIntentConfirmParams params) throws ApiException {
    return confirm(intent, params, null);
  }

  /**
   * Confirms that the customer intends to pay with the current or given payment method, and starts
   * the payment attempt. If authentication is needed, the PaymentIntent moves to {@code
   * requires_action}.
   */
  public PaymentIntent confirm(
      String intent, PaymentIntentConfirmParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/payment_intents/{intent}/confirm", intent)
            .with(params, options)
            .validate(Validators::paymentIntentsConfirm)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::paymentIntentsConfirmResponse),
        PaymentIntent.class,
        null);
  }
}
