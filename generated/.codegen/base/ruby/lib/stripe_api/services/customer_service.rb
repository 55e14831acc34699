# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `customers` endpoints: `client.customers`.
  class CustomerService < StripeService
    # @return [CustomerPaymentMethodService]
    def payment_methods
      @payment_methods ||= CustomerPaymentMethodService.new(@requestor)
    end

    # Returns a list of your customers, most recently created first.
    #
    # @param params [CustomerListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<Customer>]
    def list(params = {}, opts = {})
      request(
        :get,
        "/v1/customers",
        params,
        opts,
        returns: :list,
        type: Customer,
        validator: :customers_list,
        response_validator: :customers_list_response
      )
    end

    # Creates a new customer.
    #
    # @param params [CustomerCreateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer]
    def create(params = {}, opts = {})
      request(
        :post,
        "/v1/customers",
        params,
        opts,
        type: Customer,
        validator: :customers_create,
        response_validator: :customers_create_response
      )
    end

    # Searches customers previously created with the [Search Query
    # Language](https://stripe.com/docs/search#search-query-language). Search results can lag a little behind
    # writes, and search is not available in India.
    #
    # @param params [CustomerSearchParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [SearchResultObject<Customer>]
    def search(params = {}, opts = {})
      request(
        :get,
        "/v1/customers/search",
        params,
        opts,
        returns: :search,
        type: Customer,
        validator: :customers_search,
        response_validator: :customers_search_response
      )
    end

    # Retrieves a customer. A customer that has been deleted is returned as a deleted customer.
    #
    # @param customer [String] ID of the customer.
    # @param params [CustomerRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer, DeletedCustomer]
    def retrieve(customer, params = {}, opts = {})
      request(
        :get,
        "/v1/customers/#{Util.escape_path(customer)}",
        params,
        opts,
        type: Types.one_of(:object, { "customer" => Customer }, { "customer" => DeletedCustomer }),
        validator: :customers_retrieve,
        response_validator: :customers_retrieve_response
      )
    end

    # Updates a customer with the parameters you pass; parameters you leave out keep their current values.
    #
    # @param customer [String] ID of the customer.
    # @param params [CustomerUpdateParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Customer]
    def update(customer, params = {}, opts = {})
      request(
        :post,
        "/v1/customers/#{Util.escape_path(customer)}",
        params,
        opts,
        type: Customer,
        validator: :customers_update,
        response_validator: :customers_update_response
      )
    end

    # Permanently deletes a customer; this cannot be undone. Any active subscriptions of the customer are
    # canceled immediately.
    #
    # @param customer [String] ID of the customer.
    # @param params [Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [DeletedCustomer]
    def delete(customer, params = {}, opts = {})
      request(
        :delete,
        "/v1/customers/#{Util.escape_path(customer)}",
        params,
        opts,
        type: DeletedCustomer,
        validator: :customers_delete,
        response_validator: :customers_delete_response
      )
    end
  end
end
