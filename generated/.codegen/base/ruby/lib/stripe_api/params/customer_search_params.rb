# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Parameters of `client.customers.search`.
  class CustomerSearchParams < RequestParams
    FIELDS = { expand: "expand", limit: "limit", page: "page", query: "query" }.freeze

    # Fields of the response to expand.
    #
    # @return [Array<String>, nil]
    attr_accessor :expand

    # Number of results to return, between 1 and 100. Defaults to 10.
    #
    # @return [Integer, nil]
    attr_accessor :limit

    # Cursor for pagination: pass the `next_page` value of a previous response to fetch the following page. Omit
    # it on the first call.
    #
    # @return [String, nil]
    attr_accessor :page

    # The search query string, written in the [Search Query
    # Language](https://stripe.com/docs/search#search-query-language).
    #
    # @return [String]
    attr_accessor :query

    def initialize(query:, expand: nil, limit: nil, page: nil)
      super()
      @expand = expand
      @limit = limit
      @page = page
      @query = query
    end
  end
end
