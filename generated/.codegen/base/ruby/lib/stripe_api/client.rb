# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Client for the Stripe API (customer sessions subset): one reader per resource, each a service of its
  # endpoints.
  #
  #   client = StripeClient.new(ENV.fetch("API_KEY"))
  class StripeClient
    DEFAULT_BASE_URL = "https://api.stripe.com"
    # The API's security schemes, by the spec's name (see Auth).
    SCHEMES = {
      "basicAuth" => { kind: :basic }.freeze,
      "bearerAuth" => { kind: :bearer }.freeze
    }.freeze
    # The schemes a call accepts when its operation says nothing else, in the order tried.
    SECURITY = ["bearerAuth", "basicAuth"].freeze
    USER_AGENT = "stripe_api/#{VERSION} Ruby/#{RUBY_VERSION}".freeze

    # @param api_key [String] Your secret API key or access token; never shown by `inspect`, logs or errors
    # @param base_url [String] the API's URL (https; plain http only to a loopback host)
    # @param stripe_version [String, nil] the `Stripe-Version` header of every call
    # @param max_retries [Integer] retries after a connection failure, a 409, 429 or 5xx (0 to 10)
    # @param timeout [Numeric] seconds to wait for each answer
    # @param logger [Logger, nil] where calls are logged (credentials never are)
    # @param settings [Hash] open_timeout, initial_network_retry_delay, max_network_retry_delay, max_retry_after,
    #   server_urls (where to send the operations that have their own server, by the spec's server URL),
    #   proxy (`http://user:password@host:port`), http_client (any object with `call(request)`: see
    #   NetHTTPClient), app_info (`{name:, version:, url:}`, added to the User-Agent), validate (false: send
    #   params unchecked; by default each call's params are checked against the spec first, and a
    #   ParamsError is raised with nothing sent), strict (true: each answer is checked against the spec
    #   too, and an InvalidResponseError raised when it does not match)
    # @raise [ArgumentError] for a missing required credential, or an empty one
    def initialize(api_key, base_url: DEFAULT_BASE_URL, stripe_version: nil,
                   max_retries: Requestor::DEFAULT_MAX_RETRIES, timeout: Requestor::DEFAULT_TIMEOUT,
                   logger: nil, **settings)
      @requestor = Requestor.new(
        Auth.new(SCHEMES, SECURITY, required: %i[api_key], api_key: api_key),
        base_url: base_url, user_agent: USER_AGENT, stripe_version: stripe_version,
        max_retries: max_retries, timeout: timeout, logger: logger, **settings
      )
    end

    # How the calls are sent (the resource classes' methods share it).
    # @api private
    attr_reader :requestor

    def inspect
      "#<#{self.class.name} #{@requestor.inspect}>"
    end
    alias to_s inspect

    # Calls the block before each attempt of each call, with a Requestor::RequestEvent (method,
    # path, attempt).
    def on_request(&block)
      @requestor.subscribe(:request, &block)
    end

    # Calls the block after each attempt of each call, with a Requestor::ResponseEvent (method,
    # path, attempt, http_status, request_id, elapsed seconds; error for a failed connection).
    def on_response(&block)
      @requestor.subscribe(:response, &block)
    end

    # Verifying the webhooks the API sends: `webhooks.unwrap(payload, headers, secret)` (Standard
    # Webhooks), `webhooks.construct_event(payload, sig_header, secret)` (Stripe-Signature).
    #
    # @return [Module<Webhook>]
    def webhooks
      Webhook
    end

    # The event of a webhook's payload, once its `Stripe-Signature` is verified (see Webhook).
    #
    # @raise [SignatureVerificationError]
    # @return [StripeObject] an Event, whose `data.object` is the class of its `object`
    def construct_event(payload, sig_header, secret, tolerance: Webhook::DEFAULT_TOLERANCE)
      Webhook.construct_event(payload, sig_header, secret, tolerance: tolerance)
    end

    # Sends any call, and answers the raw HTTP answer (status, headers, body, request id); errors
    # are raised as for the other calls. `deserialize` reads its body.
    #
    # @param method [Symbol] :get, :post, :delete...
    # @param path [String] `/v1/customers/cus_123`
    # @param encoding [Symbol] :form, :json or :multipart
    # @return [StripeResponse]
    def raw_request(method, path, params = {}, opts = {}, encoding: :form)
      @requestor.execute(method, path, params: params, opts: opts, encoding: encoding)
    end

    # A JSON body read as the class its `object` names.
    def deserialize(body)
      Types.from_json(JSON.parse(body, symbolize_names: true))
    end

    # @return [CustomerSessionService]
    def customer_sessions
      @customer_sessions ||= CustomerSessionService.new(@requestor)
    end

    # @return [CustomerService]
    def customers
      @customers ||= CustomerService.new(@requestor)
    end

    # @return [EventService]
    def events
      @events ||= EventService.new(@requestor)
    end

    # @return [PaymentIntentService]
    def payment_intents
      @payment_intents ||= PaymentIntentService.new(@requestor)
    end

    # @return [PaymentMethodService]
    def payment_methods
      @payment_methods ||= PaymentMethodService.new(@requestor)
    end

    # @return [SetupIntentService]
    def setup_intents
      @setup_intents ||= SetupIntentService.new(@requestor)
    end
  end
end
