# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.payment_methods.attach`.
  class PaymentMethodAttachParams < RequestParams
    FIELDS = { customer: "customer", expand: "expand" }.freeze

    # ID of the customer to attach the PaymentMethod to.
    #
    # @return [String]
    attr_accessor :customer

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    def initialize(customer:, expand: nil)
      super()
      @customer = customer
      @expand = expand
    end
  end
end
