# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `events` endpoints: `client.events`.
  class EventService < StripeService
    # Lists events from the last 30 days, most recent first. Each event's `data` is rendered with the API
    # version in use when it was created.
    #
    # @param params [EventListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<Event>]
    def list(params = {}, opts = {})
      request(
        :get,
        "/v1/events",
        params,
        opts,
        returns: :list,
        type: Event,
        validator: :events_list,
        response_validator: :events_list_response
      )
    end

    # Retrieves an event created in the last 30 days, given its ID.
    #
    # @param id [String] ID of the event to retrieve.
    # @param params [EventRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Event]
    def retrieve(id, params = {}, opts = {})
      request(
        :get,
        "/v1/events/#{Util.escape_path(id)}",
        params,
        opts,
        type: Event,
        validator: :events_retrieve,
        response_validator: :events_retrieve_response
      )
    end
  end
end
