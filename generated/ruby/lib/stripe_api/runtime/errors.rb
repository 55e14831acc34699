# frozen_string_literal: true

module Stripe
  # Errors raised by the client. Every error the API returns is a StripeError carrying the HTTP
  # status, the response's headers and parsed JSON body, and the error's code, param and the
  # request id; the subclass says what went wrong. Messages never contain the API key.

  # The base of every error this library raises.
  class StripeError < StandardError
    # @return [Integer, nil] the HTTP status of the response (nil: no response was received)
    attr_reader :http_status
    # @return [String, nil] the response body as received
    attr_reader :http_body
    # @return [Hash{String => String}] the response headers, names in lower case
    attr_reader :http_headers
    # @return [Hash, nil] the response body parsed as JSON (keys are Symbols)
    attr_reader :json_body
    # @return [String, nil] the API's error code (`resource_missing`, `card_declined`...)
    attr_reader :code
    # @return [String, nil] the parameter the error is about
    attr_reader :param
    # @return [String, nil] the `Request-Id` of the response, to quote to support
    attr_reader :request_id

    def initialize(message = nil, http_status: nil, http_body: nil, json_body: nil, http_headers: nil, code: nil,
                   param: nil)
      @error_message = message
      @http_status = http_status
      @http_body = http_body
      @json_body = json_body
      @http_headers = http_headers || {}
      @code = code
      @param = param
      @request_id = @http_headers["request-id"]
      super(message)
    end

    # The API's message alone (`to_s` adds the status and request id).
    def error_message
      @error_message
    end

    # `(Status 400) (Request req_1) Invalid string: 123 (param: trip_id, code: parameter_invalid_string)`
    def to_s
      status = @http_status.nil? ? "" : "(Status #{@http_status}) "
      request = @request_id.nil? ? "" : "(Request #{@request_id}) "
      about = { param: @param, code: @code }.reject { |_, value| value.nil? || value.to_s.empty? }
      details = about.empty? ? "" : " (#{about.map { |key, value| "#{key}: #{value}" }.join(', ')})"
      "#{status}#{request}#{@error_message}#{details}"
    end
  end

  # Any other error of the API (a 5xx, or a status this library does not map).
  class APIError < StripeError
  end

  # The request never got an answer: connection refused or reset, a timeout, a TLS failure.
  class APIConnectionError < StripeError
    # @return [Boolean] whether retrying the request might succeed
    attr_reader :should_retry

    def initialize(message = nil, should_retry: false, **rest)
      @should_retry = should_retry
      super(message, **rest)
    end
  end

  # The API key is missing, malformed or revoked (401).
  class AuthenticationError < StripeError
  end

  # A card was declined (402).
  class CardError < StripeError
    # @return [String, nil] the card issuer's reason, when the API gives one
    attr_reader :decline_code

    def initialize(message = nil, decline_code: nil, **rest)
      @decline_code = decline_code
      super(message, **rest)
    end
  end

  # An idempotency key was reused with other parameters, or is still in use.
  class IdempotencyError < StripeError
  end

  # The request was malformed or named something that does not exist (400, 404).
  class InvalidRequestError < StripeError
  end

  # The API key may not do this (403).
  class PermissionError < StripeError
  end

  # Too many requests in too little time (429).
  class RateLimitError < StripeError
  end
end
