# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Events tell you when something happens in your account. When an API resource changes state, Stripe creates
  # an Event whose `data` holds a snapshot of the resource at that moment; for example, a successful payment
  # creates a `payment_intent.succeeded` event. One API request can create several events.
  #
  # Events can be listed and retrieved through the API, and Stripe also sends them to your webhook endpoints.
  # Events are guaranteed to be retrievable for 30 days.
  class Event < APIResource
    OBJECT_NAME = "event"

    # The object an event is about, and the attributes that changed.
    class DataObject < StripeObject
      # The API resource the event is about, as it was when the event happened. For `*.updated` events this is
      # the new state. Its `object` field says which resource it is.
      #
      # @return [Customer, CustomerSession, PaymentIntent, PaymentMethod, SetupIntent]
      def object = @values[:object]

      # For `*.updated` events, the previous values of the attributes that changed, keyed by attribute name.
      #
      # @return [Hash{String => Object}, nil]
      def previous_attributes = @values[:previous_attributes]

      # How each field that holds objects is read (see Types).
      def self.field_types
        @field_types ||= {
          object: Types.one_of(:object, { "customer" => Customer, "customer_session" => CustomerSession, "payment_intent" => PaymentIntent, "payment_method" => PaymentMethod, "setup_intent" => SetupIntent }),
        }.freeze
      end
    end

    # The API request that caused an event.
    class Request < StripeObject
      # ID of the API request that caused the event. Null when the event was caused automatically, for example
      # by a scheduled subscription renewal.
      #
      # @return [String, nil]
      def id = @values[:id]

      # The idempotency key sent with the request, if any.
      #
      # @return [String, nil]
      def idempotency_key = @values[:idempotency_key]
    end

    # The connected account that originated the event.
    #
    # @return [String, nil]
    def account = @values[:account]

    # The Stripe API version used to render `data`. Null for events created before API versions existed.
    #
    # @return [String, nil]
    def api_version = @values[:api_version]

    # Time at which the object was created, in seconds since the Unix epoch.
    #
    # @return [Integer]
    def created = @values[:created]

    # The object the event is about, and what changed.
    #
    # @return [DataObject]
    def data = @values[:data]

    # Unique identifier for the object.
    #
    # @return [String]
    def id = @values[:id]

    # `true` if the object exists in live mode, `false` if it exists in test mode.
    #
    # @return [Boolean]
    def livemode = @values[:livemode]

    # String naming the object's type. Objects of the same type share the same value.
    #
    # One of `event` (a newer API may send other values).
    #
    # @return [String]
    def object = @values[:object]

    # Number of webhook endpoints that have not yet received this event successfully.
    #
    # @return [Integer]
    def pending_webhooks = @values[:pending_webhooks]

    # The API request that caused the event, if any.
    #
    # @return [Request, nil]
    def request = @values[:request]

    # Description of the event, such as `customer.created` or `payment_intent.succeeded`.
    #
    # @return [String]
    def type = @values[:type]

    # How each field that holds objects is read (see Types).
    def self.field_types
      @field_types ||= {
        data: DataObject,
        request: Request,
      }.freeze
    end

    # Lists events from the last 30 days, most recent first. Each event's `data` is rendered with the API
    # version in use when it was created.
    #
    # @param params [EventListParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [ListObject<Event>]
    def self.list(params = {}, opts = {})
      ::Stripe.client.events.list(params, opts)
    end

    # Retrieves an event created in the last 30 days, given its ID.
    #
    # @param id [String] ID of the event to retrieve.
    # @param params [EventRetrieveParams, Hash]
    # @param opts [Hash] api_key, stripe_account, stripe_version, idempotency_key, max_retries, timeout, headers
    # @return [Event]
    def self.retrieve(id, params = {}, opts = {})
      ::Stripe.client.events.retrieve(id, params, opts)
    end
  end
end
