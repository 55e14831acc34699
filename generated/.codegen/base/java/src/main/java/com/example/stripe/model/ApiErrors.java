// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.model;

import com.example.stripe.net.ApiObject;
import com.google.gson.annotations.SerializedName;
import java.util.Objects;

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
   * For errors your integration can handle programmatically, a short string naming the <a
   * href="https://stripe.com/docs/error-codes">error code</a>.
   */
  @SerializedName("code")
  private String code;

  /**
   * For card errors caused by an issuer decline, the issuer's <a
   * href="https://stripe.com/docs/declines#issuer-declines">reason for the decline</a>, when the
   * issuer provides one.
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
   * For errors your integration can handle programmatically, a short string naming the <a
   * href="https://stripe.com/docs/error-codes">error code</a>.
   */
  public String getCode() {
    return code;
  }

  /**
   * For card errors caused by an issuer decline, the issuer's <a
   * href="https://stripe.com/docs/declines#issuer-declines">reason for the decline</a>, when the
   * issuer provides one.
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

  /**
   * For card errors, the ID of the charge that failed.
   */
  public void setCharge(String charge) {
    this.charge = charge;
  }

  /**
   * For errors your integration can handle programmatically, a short string naming the <a
   * href="https://stripe.com/docs/error-codes">error code</a>.
   */
  public void setCode(String code) {
    this.code = code;
  }

  /**
   * For card errors caused by an issuer decline, the issuer's <a
   * href="https://stripe.com/docs/declines#issuer-declines">reason for the decline</a>, when the
   * issuer provides one.
   */
  public void setDeclineCode(String declineCode) {
    this.declineCode = declineCode;
  }

  /**
   * A link to documentation about the reported error code.
   */
  public void setDocUrl(String docUrl) {
    this.docUrl = docUrl;
  }

  /**
   * A human-readable explanation of the error. For card errors the message is safe to show to your
   * customers.
   */
  public void setMessage(String message) {
    this.message = message;
  }

  /**
   * When the error concerns a specific parameter, the name of that parameter, so you can show the
   * message next to the right form field.
   */
  public void setParam(String param) {
    this.param = param;
  }

  /**
   * The PaymentIntent involved in the failed request, if any.
   */
  public void setPaymentIntent(PaymentIntent paymentIntent) {
    this.paymentIntent = paymentIntent;
  }

  /**
   * The PaymentMethod involved in the failed request, if any.
   */
  public void setPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
  }

  /**
   * When the error is specific to one payment method type, the type that had the problem.
   */
  public void setPaymentMethodType(String paymentMethodType) {
    this.paymentMethodType = paymentMethodType;
  }

  /**
   * A link to this request's entry in the Dashboard request log.
   */
  public void setRequestLogUrl(String requestLogUrl) {
    this.requestLogUrl = requestLogUrl;
  }

  /**
   * The SetupIntent involved in the failed request, if any.
   */
  public void setSetupIntent(SetupIntent setupIntent) {
    this.setupIntent = setupIntent;
  }

  /**
   * The category of the error: {@code api_error}, {@code card_error}, {@code idempotency_error}, or
   * {@code invalid_request_error}.
   * <p>
   * One of {@code api_error}, {@code card_error}, {@code idempotency_error}, {@code
   * invalid_request_error}.
   */
  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    ApiErrors that = (ApiErrors) o;
    return Objects.equals(this.charge, that.charge)
        && Objects.equals(this.code, that.code)
        && Objects.equals(this.declineCode, that.declineCode)
        && Objects.equals(this.docUrl, that.docUrl)
        && Objects.equals(this.message, that.message)
        && Objects.equals(this.param, that.param)
        && Objects.equals(this.paymentIntent, that.paymentIntent)
        && Objects.equals(this.paymentMethod, that.paymentMethod)
        && Objects.equals(this.paymentMethodType, that.paymentMethodType)
        && Objects.equals(this.requestLogUrl, that.requestLogUrl)
        && Objects.equals(this.setupIntent, that.setupIntent)
        && Objects.equals(this.type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(charge, code, declineCode, docUrl, message, param, paymentIntent, paymentMethod, paymentMethodType, requestLogUrl, setupIntent, type);
  }

}
