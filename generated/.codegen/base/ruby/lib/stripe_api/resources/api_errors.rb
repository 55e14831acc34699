# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Describes a failed request: the broad category of the failure, a machine-readable code where one exists, and
  # a human-readable message.
  class ApiErrors < StripeObject
    # For card errors, the ID of the charge that failed.
    #
    # @return [String, nil]
    def charge = @values[:charge]

    # For errors your integration can handle programmatically, a short string naming the [error
    # code](https://stripe.com/docs/error-codes).
    #
    # @return [String, nil]
    def code = @values[:code]

    # For card errors caused by an issuer decline, the issuer's [reason for the
    # decline](https://stripe.com/docs/declines#issuer-declines), when the issuer provides one.
    #
    # @return [String, nil]
    def decline_code = @values[:decline_code]

    # A link to documentation about the reported error code.
    #
    # @return [String, nil]
    def doc_url = @values[:doc_url]

    # A human-readable explanation of the error. For card errors the message is safe to show to your customers.
    #
    # @return [String, nil]
    def message = @values[:message]

    # When the error concerns a specific parameter, the name of that parameter, so you can show the message next
    # to the right form field.
    #
    # @return [String, nil]
    def param = @values[:param]

    # The PaymentIntent involved in the failed request, if any.
    #
    # @return [PaymentIntent, nil]
    def payment_intent = @values[:payment_intent]

    # The PaymentMethod involved in the failed request, if any.
    #
    # @return [PaymentMethod, nil]
    def payment_method = @values[:payment_method]

    # When the error is specific to one payment method type, the type that had the problem.
    #
    # @return [String, nil]
    def payment_method_type = @values[:payment_method_type]

    # A link to this request's entry in the Dashboard request log.
    #
    # @return [String, nil]
    def request_log_url = @values[:request_log_url]

    # The SetupIntent involved in the failed request, if any.
    #
    # @return [SetupIntent, nil]
    def setup_intent = @values[:setup_intent]

    # The category of the error: `api_error`, `card_error`, `idempotency_error`, or `invalid_request_error`.
    #
    # One of `api_error`, `card_error`, `idempotency_error`, `invalid_request_error` (a newer API may send other
    # values).
    #
    # @return [String]
    def type = @values[:type]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        payment_intent: PaymentIntent,
        payment_method: PaymentMethod,
        setup_intent: SetupIntent,
      }.freeze
    end
  end
end
