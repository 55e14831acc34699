// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.SetupIntent;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.SetupIntentConfirmParams;
import com.example.stripe.param.SetupIntentCreateParams;
import com.example.stripe.param.SetupIntentListParams;
import com.example.stripe.param.SetupIntentRetrieveParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on setup_intents.
 */
public final class SetupIntentService extends ApiService {

  public SetupIntentService(ApiRequestor requestor) {
    super(requestor);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public Page<SetupIntent> list() throws ApiException {
    return list(null, null);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public Page<SetupIntent> list(SetupIntentListParams params) throws ApiException {
    return list(params, null);
  }

  /**
   * Returns a list of SetupIntents, most recently created first.
   */
  public Page<SetupIntent> list(
      SetupIntentListParams params, RequestOptions options) throws ApiException {
    return requestor().requestPage(
        ApiRequest.of("GET", "/v1/setup_intents")
            .with(params, options)
            .validate(Validators::setupIntentsList)
            .validateResponse(Validators::setupIntentsListResponse),
        SetupIntent.class,
        null,
        false);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public SetupIntent create() throws ApiException {
    return create(null, null);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public SetupIntent create(SetupIntentCreateParams params) throws ApiException {
    return create(params, null);
  }

  /**
   * Creates a SetupIntent. Once created, attach a payment method and confirm it to collect the
   * mandates and authentication needed to charge the payment method later.
   */
  public SetupIntent create(
      SetupIntentCreateParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/setup_intents")
            .with(params, options)
            .validate(Validators::setupIntentsCreate)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::setupIntentsCreateResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public SetupIntent retrieve(String intent) throws ApiException {
    return retrieve(intent, null, null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public SetupIntent retrieve(String intent, SetupIntentRetrieveParams params) throws ApiException {
    return retrieve(intent, params, null);
  }

  /**
   * Retrieves a SetupIntent. With a publishable key, pass the SetupIntent's {@code client_secret};
   * the response then omits some fields.
   */
  public SetupIntent retrieve(
      String intent, SetupIntentRetrieveParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("GET", "/v1/setup_intents/{intent}", intent)
            .with(params, options)
            .validate(Validators::setupIntentsRetrieve)
            .validateResponse(Validators::setupIntentsRetrieveResponse),
        SetupIntent.class,
        null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(String intent) throws ApiException {
    return confirm(intent, null, null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(String intent, SetupIntentConfirmParams params) throws ApiException {
    return confirm(intent, params, null);
  }

  /**
   * Confirms that the customer intends to set up the current or given payment method. If
   * authentication is needed, the SetupIntent moves to {@code requires_action}; otherwise it moves
   * to {@code succeeded}.
   */
  public SetupIntent confirm(
      String intent, SetupIntentConfirmParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("POST", "/v1/setup_intents/{intent}/confirm", intent)
            .with(params, options)
            .validate(Validators::setupIntentsConfirm)
            .body(ApiRequest.Encoding.FORM)
            .idempotencyKey()
            .validateResponse(Validators::setupIntentsConfirmResponse),
        SetupIntent.class,
        null);
  }
}
