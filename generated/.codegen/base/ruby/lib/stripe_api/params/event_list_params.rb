# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.events.list`.
  class EventListParams < RequestParams
    # A range of Unix timestamps; give any combination of bounds.
    class Created < RequestParams
      FIELDS = { gt: "gt", gte: "gte", lt: "lt", lte: "lte" }.freeze

      # Only values strictly greater than this.
      #
      # @return [Integer, nil]
      attr_accessor :gt

      # Only values greater than or equal to this.
      #
      # @return [Integer, nil]
      attr_accessor :gte

      # Only values strictly less than this.
      #
      # @return [Integer, nil]
      attr_accessor :lt

      # Only values less than or equal to this.
      #
      # @return [Integer, nil]
      attr_accessor :lte

      def initialize(gt: nil, gte: nil, lt: nil, lte: nil)
        super()
        @gt = gt
        @gte = gte
        @lt = lt
        @lte = lte
      end
    end

    FIELDS = {
      created: "created",
      delivery_success: "delivery_success",
      ending_before: "ending_before",
      expand: "expand",
      limit: "limit",
      starting_after: "starting_after",
      type: "type",
      types: "types",
    }.freeze

    # Only return events created during this interval: either an exact Unix timestamp, or a range given with
    # `gt`, `gte`, `lt` and `lte`.
    #
    # @return [Created, Hash, Integer, nil]
    attr_accessor :created

    # Filter by whether the event was delivered successfully to all of its webhook endpoints.
    #
    # @return [Boolean, nil]
    attr_accessor :delivery_success

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

    # Only return events of this type, such as `customer.created`. A `*` wildcard may stand for one
    # dot-separated part, as in `payment_intent.*`.
    #
    # @return [String, nil]
    attr_accessor :type

    # Only return events whose type is in this list (at most 20 types). Use either `type` or `types`, not both.
    #
    # @return [Array<String>, nil]
    attr_accessor :types

    def initialize(
      created: nil,
      delivery_success: nil,
      ending_before: nil,
      expand: nil,
      limit: nil,
      starting_after: nil,
      type: nil,
      types: nil
    )
      super()
      @created = created
      @delivery_success = delivery_success
      @ending_before = ending_before
      @expand = expand
      @limit = limit
      @starting_after = starting_after
      @type = type
      @types = types
    end
  end
end
