// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.CustomerSession;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.CustomerSessionCreateParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on customer_sessions.
 */
public final class CustomerSessionService extends ApiService {

  public CustomerSessionService(ApiRequestor requestor) {
    super(requestor);
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  public CustomerSession create(CustomerSessionCreateParams params) throws ApiException {
    return create(params, null);
  }

  /**
   * Creates a Customer Session with a single-use client secret. Hand the secret to your frontend to
   * give it client-side API access to some of the customer's resources.
   */
  public CustomerSession create(
      CustomerSessionCreateParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/customer_sessions")
            .with(params, options)
            .validate(Validators::customerSessionsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::customerSessionsCreateResponse),
        CustomerSession.class,
        null);
  }
}
