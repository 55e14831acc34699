# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # The `events` endpoints: `client.events`.
  class EventService < StripeService
    # Lists events from the last 30 days, most recent first. Each event's `data` is rendered with the API
    # version in use when it was created.
    #
    # @param params [EventListParams, Hash]
    # @param opts [Hash] per-request options: idempotency_key, stripe_version, stripe_account, headers, max_retries, timeout
    # @return [ListObject<Event>]
    def list(params = {}, opts = {})
      request(:get, "/v1/events", params, opts, returns: :list, type: Event)
    end

    # Retrieves an event created in the last 30 days, given its ID.
    #
    # @param id [String] ID of the event to retrieve.
    # @param params [EventRetrieveParams, Hash]
    # @param opts [Hash] per-request options: idempotency_key, stripe_version, stripe_account, headers, max_retries, timeout
    # @return [Event]
    def retrieve(id, params = {}, opts = {})
      request(:get, "/v1/events/#{Util.escape_path(id)}", params, opts, type: Event)
    end
  end
end
