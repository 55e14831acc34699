# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Global settings, for programs that configure the library once and call the resource classes
  # rather than make a client:
  #
  #   Stripe.api_key = ENV.fetch("API_KEY")
  #   Stripe::Customer.list({ limit: 3 }).auto_paging_each { |item| puts item.id }
  #
  # The calls of the resource classes go through `Stripe.client`, a StripeClient made from
  # these settings (made again when one of them changes); each call still takes its own options.
  @settings = {
    api_key: nil,
    api_base: StripeClient::DEFAULT_BASE_URL,
    api_version: nil,
    max_network_retries: Requestor::DEFAULT_MAX_RETRIES,
    open_timeout: Requestor::DEFAULT_OPEN_TIMEOUT,
    read_timeout: Requestor::DEFAULT_TIMEOUT,
    proxy: nil,
    logger: nil,
    app_info: nil,
    http_client: nil,
    validate: true,
    strict: false,
  }
  @lock = Mutex.new
  @hooks = { request: [], response: [] }

  class << self
    # @return [String, nil] a credential of the client
    def api_key
      @settings[:api_key]
    end

    def api_key=(value)
      @lock.synchronize do
        @settings[:api_key] = value
        @client = nil
      end
    end

    # @return [String] the API's URL
    def api_base
      @settings[:api_base]
    end

    def api_base=(value)
      @lock.synchronize do
        @settings[:api_base] = value
        @client = nil
      end
    end

    # @return [String, nil] the `Stripe-Version` of every call
    def api_version
      @settings[:api_version]
    end

    def api_version=(value)
      @lock.synchronize do
        @settings[:api_version] = value
        @client = nil
      end
    end

    # @return [Integer] retries of a call
    def max_network_retries
      @settings[:max_network_retries]
    end

    def max_network_retries=(value)
      @lock.synchronize do
        @settings[:max_network_retries] = value
        @client = nil
      end
    end

    # @return [Numeric] seconds to connect
    def open_timeout
      @settings[:open_timeout]
    end

    def open_timeout=(value)
      @lock.synchronize do
        @settings[:open_timeout] = value
        @client = nil
      end
    end

    # @return [Numeric] seconds to wait for an answer
    def read_timeout
      @settings[:read_timeout]
    end

    def read_timeout=(value)
      @lock.synchronize do
        @settings[:read_timeout] = value
        @client = nil
      end
    end

    # @return [String, nil] `http://user:password@host:port`
    def proxy
      @settings[:proxy]
    end

    def proxy=(value)
      @lock.synchronize do
        @settings[:proxy] = value
        @client = nil
        @http_client = nil
      end
    end

    # @return [Logger, nil] where calls are logged
    def logger
      @settings[:logger]
    end

    def logger=(value)
      @lock.synchronize do
        @settings[:logger] = value
        @client = nil
      end
    end

    # @return [Hash, nil] `{name:, version:, url:}`: see set_app_info
    def app_info
      @settings[:app_info]
    end

    def app_info=(value)
      @lock.synchronize do
        @settings[:app_info] = value
        @client = nil
      end
    end

    # @return [Object, nil] an HTTP client (see NetHTTPClient)
    def http_client
      @settings[:http_client]
    end

    def http_client=(value)
      @lock.synchronize do
        @settings[:http_client] = value
        @client = nil
      end
    end

    # @return [Boolean] whether params are checked before sending (ParamsError)
    def validate
      @settings[:validate]
    end

    def validate=(value)
      @lock.synchronize do
        @settings[:validate] = value
        @client = nil
      end
    end

    # @return [Boolean] whether answers are checked against the spec (InvalidResponseError)
    def strict
      @settings[:strict]
    end

    def strict=(value)
      @lock.synchronize do
        @settings[:strict] = value
        @client = nil
      end
    end

    # Names your application in the User-Agent of every call (`name/version (url)`).
    def set_app_info(name, version: nil, url: nil)
      self.app_info = { name: name, version: version, url: url }
    end

    # Calls the block before each attempt of each call of the resource classes, with a
    # Requestor::RequestEvent (see StripeClient#on_request).
    def on_request(&block)
      @lock.synchronize { @hooks[:request] << block }
      block
    end

    # Calls the block after each attempt of each call of the resource classes, with a
    # Requestor::ResponseEvent (method, path, status, request id, elapsed).
    def on_response(&block)
      @lock.synchronize { @hooks[:response] << block }
      block
    end

    # The client the resource classes' calls go through, made from the settings.
    #
    # @raise [AuthenticationError] when a credential it needs is not set
    # @return [StripeClient]
    def client
      @lock.synchronize { @client ||= build_client }
    end

    private

    def build_client
      if @settings[:api_key].nil?
        raise AuthenticationError, "No api_key provided: set it with `Stripe.api_key = ...`"
      end

      @http_client ||= NetHTTPClient.new(proxy: @settings[:proxy])
      client = StripeClient.new(
        @settings[:api_key],
        base_url: @settings[:api_base],
        stripe_version: @settings[:api_version],
        max_retries: @settings[:max_network_retries],
        timeout: @settings[:read_timeout],
        open_timeout: @settings[:open_timeout],
        logger: @settings[:logger],
        app_info: @settings[:app_info],
        http_client: @settings[:http_client] || @http_client,
        validate: @settings[:validate],
        strict: @settings[:strict]
      )
      hooks = @hooks
      client.on_request { |event| hooks[:request].each { |hook| hook.call(event) } }
      client.on_response { |event| hooks[:response].each { |hook| hook.call(event) } }
      client
    end
  end
end
