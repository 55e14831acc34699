// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;

/**
 * Describes a failed request: the broad category of the failure, a machine-readable code where one
 * exists, and a human-readable message.
 */
public class ApiErrors extends ApiObject {
  /**
   * For card errors, the ID of the charge that failed.
   */
  @SerializedName("charge")
  private String charge;

  /**
   * For errors your integration can handle programmatically, a short string naming the [error
   * code](https://stripe.com/docs/error-codes).
   */
  @SerializedName("code")
  private String code;

  /**
   * For card errors caused by an issuer decline, the issuer's [reason for the
   * decline](https://stripe.com/docs/declines#issuer-declines), when the issuer provides one.
   */
  @SerializedName("decline_code")
  private String declineCode;

  /**
   * A link to documentation about the reported error code.
   */
  @SerializedName("doc_url")
  private String docUrl;

  /**
   * A human-readable explanation of the error. For card errors the message is safe to show to your
   * customers.
   */
  @SerializedName("message")
  private String message;

  /**
   * When the error concerns a specific parameter, the name of that parameter, so you can show the
   * message next to the right form field.
   */
  @SerializedName("param")
  private String param;

  /**
   * The PaymentIntent involved in the failed request, if any.
   */
  @SerializedName("payment_intent")
  private PaymentIntent paymentIntent;

  /**
   * The PaymentMethod involved in the failed request, if any.
   */
  @SerializedName("payment_method")
  private PaymentMethod paymentMethod;

  /**
   * When the error is specific to one payment method type, the type that had the problem.
   */
  @SerializedName("payment_method_type")
  private String paymentMethodType;

  /**
   * A link to this request's entry in the Dashboard request log.
   */
  @SerializedName("request_log_url")
  private String requestLogUrl;

  /**
   * The SetupIntent involved in the failed request, if any.
   */
  @SerializedName("setup_intent")
  private SetupIntent setupIntent;

  /**
   * The category of the error: {@code api_error}, {@code card_error}, {@code idempotency_error}, or
   * {@code invalid_request_error}.
   * <p>
   * One of {@code api_error}, {@code card_error}, {@code idempotency_error}, {@code
   * invalid_request_error}.
   */
  @SerializedName("type")
  private String type;

  /**
   * For card errors, the ID of the charge that failed.
   */
  public String getCharge() {
    return charge;
  }

  /**
   * For errors your integration can handle programmatically, a short string naming the [error
   * code](https://stripe.com/docs/error-codes).
   */
  public String getCode() {
    return code;
  }

  /**
   * For card errors caused by an issuer decline, the issuer's [reason for the
   * decline](https://stripe.com/docs/declines#issuer-declines), when the issuer provides one.
   */
  public String getDeclineCode() {
    return declineCode;
  }

  /**
   * A link to documentation about the reported error code.
   */
  public String getDocUrl() {
    return docUrl;
  }

  /**
   * A human-readable explanation of the error. For card errors the message is safe to show to your
   * customers.
   */
  public String getMessage() {
    return message;
  }

  /**
   * When the error concerns a specific parameter, the name of that parameter, so you can show the
   * message next to the right form field.
   */
  public String getParam() {
    return param;
  }

  /**
   * The PaymentIntent involved in the failed request, if any.
   */
  public PaymentIntent getPaymentIntent() {
    return paymentIntent;
  }

  /**
   * The PaymentMethod involved in the failed request, if any.
   */
  public PaymentMethod getPaymentMethod() {
    return paymentMethod;
  }

  /**
   * When the error is specific to one payment method type, the type that had the problem.
   */
  public String getPaymentMethodType() {
    return paymentMethodType;
  }

  /**
   * A link to this request's entry in the Dashboard request log.
   */
  public String getRequestLogUrl() {
    return requestLogUrl;
  }

  /**
   * The SetupIntent involved in the failed request, if any.
   */
  public SetupIntent getSetupIntent() {
    return setupIntent;
  }

  /**
   * The category of the error: {@code api_error}, {@code card_error}, {@code idempotency_error}, or
   * {@code invalid_request_error}.
   * <p>
   * One of {@code api_error}, {@code card_error}, {@code idempotency_error}, {@code
   * invalid_request_error}.
   */
  public String getType() {
    return type;
  }

}
