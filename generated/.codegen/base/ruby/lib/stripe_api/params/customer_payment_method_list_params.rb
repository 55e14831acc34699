# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.customers.payment_methods.list`.
  class CustomerPaymentMethodListParams < RequestParams
    FIELDS = {
      ending_before: "ending_before",
      expand: "expand",
      limit: "limit",
      starting_after: "starting_after",
      type: "type",
    }.freeze

    # A cursor for pagination: the ID of an object. The page returned ends just before that object, so pass the
    # first ID of the current page to fetch the previous page.
    #
    # @return [String, nil]
    attr_accessor :ending_before

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # Maximum number of objects to return, between 1 and 100. Defaults to 10.
    #
    # @return [Integer, nil]
    attr_accessor :limit

    # A cursor for pagination: the ID of an object. The page returned starts just after that object, so pass the
    # last ID of the current page to fetch the next page.
    #
    # @return [String, nil]
    attr_accessor :starting_after

    # Only return payment methods of this type. Without it, payment methods of every type are returned.
    #
    # One of `acss_debit`, `bancontact`, `card`, `cashapp`, `ideal`, `klarna`, `link`, `paypal`, `sepa_debit`,
    # `us_bank_account`.
    #
    # @return [String, nil]
    attr_accessor :type

    def initialize(ending_before: nil, expand: nil, limit: nil, starting_after: nil, type: nil)
      super()
      @ending_before = ending_before
      @expand = expand
      @limit = limit
      @starting_after = starting_after
      @type = type
    end
  end
end
