# frozen_string_literal: true

module Stripe
  # Sending requests: authentication, encoding, retries, timeouts, errors and logging, over
  # Net::HTTP. One Requestor serves a client and all its services; it holds the credentials (an
  # Auth) and never shows them (`inspect`, log lines and error messages mask them).
  class Requestor
    DEFAULT_MAX_RETRIES = 2
    DEFAULT_TIMEOUT = 80
    DEFAULT_OPEN_TIMEOUT = 30
    # The options a call accepts after its params (`create(params, opts)`); the last two only
    # for Stripe's API.
    REQUEST_OPTIONS = %i[api_key idempotency_key headers max_retries timeout stripe_version stripe_account].freeze
    STRIPE_OPTIONS = %i[stripe_version stripe_account].freeze
    # The connection failures after which a request is retried (its Idempotency-Key makes a
    # retried POST safe even when the first attempt reached the server).
    CONNECTION_ERRORS = [
      ::IOError, ::EOFError, ::SocketError, ::SystemCallError, ::Timeout::Error, ::OpenSSL::SSL::SSLError,
      Net::OpenTimeout, Net::ReadTimeout, Net::WriteTimeout, Net::HTTPBadResponse
    ].freeze
    QUERY_METHODS = %w[GET HEAD DELETE].freeze
    LOOPBACK_HOSTS = %w[localhost 127.0.0.1 ::1 [::1]].freeze

    # What request hooks get (`on_request`): before each attempt is sent.
    RequestEvent = Struct.new(:method, :path, :attempt, keyword_init: true)
    # What response hooks get (`on_response`): after each attempt, answered (`http_status`) or
    # failed (`error`); `elapsed` in seconds.
    ResponseEvent = Struct.new(:method, :path, :attempt, :http_status, :request_id, :elapsed, :error,
                               keyword_init: true)

    # @return [Boolean] whether each call's params are checked before it is sent (ParamsError)
    attr_reader :validate
    # @return [Boolean] whether each answer is checked against the spec (InvalidResponseError)
    attr_reader :strict
    attr_reader :base_url, :stripe_version, :max_retries, :timeout, :logger, :http_client

    # @param auth [Auth] the API's schemes and the client's credentials
    # @param server_urls [Hash{String => String}] where to send the operations that have their own
    #   server, by the spec's server URL (`{"https://files.example.com" => "http://127.0.0.1:8080"}`)
    def initialize(auth, base_url:, user_agent:, stripe_version: nil,
                   max_retries: DEFAULT_MAX_RETRIES, timeout: DEFAULT_TIMEOUT, open_timeout: DEFAULT_OPEN_TIMEOUT,
                   logger: nil, initial_network_retry_delay: 0.5, max_network_retry_delay: 8.0, max_retry_after: 60.0,
                   server_urls: {}, http_client: nil, proxy: nil, app_info: nil, stripe: true, validate: true,
                   strict: false)
      raise ArgumentError, "auth must be an #{Auth.name}, got #{auth.class}" unless auth.is_a?(Auth)
      unless http_client.nil? || http_client.respond_to?(:call)
        raise ArgumentError, "http_client must respond to call(request), got #{http_client.class}"
      end

      @auth = auth
      @validate = validate ? true : false
      @strict = strict ? true : false
      @base_url = check_base_url(base_url)
      @server_urls = server_urls.to_h { |server, url| [server.to_s.chomp("/"), check_base_url(url)] }
      @user_agent = [user_agent, Requestor.app_info_text(app_info)].compact.join(" ")
      @http_client = http_client || NetHTTPClient.new(proxy: proxy)
      @stripe = stripe
      @hooks = { request: [], response: [] }
      @lock = Mutex.new
      @call_secrets = [] # API keys given to single calls: masked too
      @stripe_version = stripe_version
      @max_retries = check_max_retries(max_retries)
      @timeout = timeout
      @open_timeout = open_timeout
      @logger = logger
      @initial_delay = initial_network_retry_delay.to_f
      @max_delay = max_network_retry_delay.to_f
      @max_retry_after = max_retry_after.to_f
    end

    def inspect
      "#<#{self.class.name} base_url=#{@base_url.inspect} credentials=[FILTERED] max_retries=#{@max_retries}>"
    end
    alias to_s inspect

    # `name/version (url)`: an application's part of the User-Agent, nil without one.
    #
    # @param app_info [Hash, nil] `{name:, version:, url:}`
    def self.app_info_text(app_info)
      return nil if app_info.nil? || app_info[:name].to_s.empty?

      text = app_info[:name].to_s
      text += "/#{app_info[:version]}" if app_info[:version]
      text += " (#{app_info[:url]})" if app_info[:url]
      text
    end

    # Calls `block` with a RequestEvent (`:request`) or a ResponseEvent (`:response`) for every
    # attempt of every call. Hooks never see the credentials or the bodies.
    def subscribe(kind, &block)
      raise ArgumentError, "hooks are :request or :response, got #{kind.inspect}" unless @hooks.key?(kind)
      raise ArgumentError, "a hook needs a block" if block.nil?

      @hooks[kind] << block
      block
    end

    # Sends one call, retrying as the API allows, and answers its Response (a status below 300).
    #
    # @param method [Symbol] :get, :post...
    # @param path [String] the path, path params already in it
    # @param params [Hash, RequestParams, nil] query params (GET, DELETE) or the body's
    # @param encoding [Symbol] :form, :json, :json_value (the `body` param alone as JSON),
    #   :multipart, or :binary and :text (the `body` param as it is, an IO's contents or a
    #   String, sent as `media_type`)
    # @param query [Array<Symbol>] params always sent in the query string
    # @param headers [Hash{Symbol => String}] params sent as headers: `{param => header name}`
    # @param security [Array<String>, nil] the schemes the call accepts (nil: the API's usual ones)
    # @param url [String, nil] a whole URL to call instead of `path` on the base URL (a next page)
    # @param server [String, nil] the operation's own server (or where `server_urls` maps it)
    # @param repeated [Array<Symbol>] array params sent as their key once per item (`tags=a&tags=b`)
    # @raise [MissingCredentialsError] before sending, when the call needs credentials not given
    # @raise [StripeError] for an error of the API or of the connection
    # @param stream [Boolean] the answer is a stream of events: its body is read as it arrives
    def execute(method, path, params: nil, opts: {}, encoding: :form, query: [], headers: {}, security: nil, url: nil,
                server: nil, media_type: nil, repeated: [], stream: false)
      opts = check_options(opts)
      verb = method.to_s.upcase
      retries = opts.fetch(:max_retries, @max_retries)
      check_max_retries(retries)
      timeout = opts.fetch(:timeout, @timeout)
      prepared = prepare(verb, path, plain_params(params), opts, [encoding, media_type, repeated], query, headers)
      prepared.stream = stream
      url ||= "#{@server_urls.fetch(server.chomp('/'), server.chomp('/'))}#{path}" unless server.nil?
      auth = opts[:api_key] ? call_auth(opts[:api_key]) : @auth
      fetched = authorize(auth, prepared, security, url, retries, timeout)
      begin
        send_with_retries(prepared, retries, timeout)
      rescue AuthenticationError
        raise if fetched.nil?

        # The API refused the token fetched for scheme `fetched`: a new one, once.
        auth.forget_token(fetched)
        prepared.headers.delete("Authorization")
        authorize(auth, prepared, security, url, retries, timeout)
        send_with_retries(prepared, retries, timeout)
      end
    end

    private

    Prepared = Struct.new(:verb, :path, :uri, :headers, :body, :query, :repeated, :stream)

    def prepare(verb, path, params, opts, encoding, query_keys, header_keys)
      raise ArgumentError, "path must start with '/', got #{path.inspect}" unless path.start_with?("/")

      params = params.dup
      sent_headers = base_headers(verb, opts)
      header_keys.each do |key, name|
        value = params.delete(key) || params.delete(key.to_s)
        sent_headers[name] = value.to_s unless value.nil?
      end
      query = {}
      query_keys.each do |key|
        query[key] = params.delete(key) if params.key?(key)
        query[key] = params.delete(key.to_s) if params.key?(key.to_s)
      end
      body = nil
      if QUERY_METHODS.include?(verb)
        query = params.merge(query)
      else
        body = encode_body(params, *encoding, sent_headers)
      end
      (opts[:headers] || {}).each { |name, value| sent_headers[name.to_s] = value.to_s }
      Prepared.new(verb, path, nil, sent_headers, body, query, encoding.last)
    end

    # Adds the credentials of the first usable scheme of `security` (fetching an OAuth2 token
    # first when it must), then the URL: `url`, or the base URL and the path; the query last.
    # Answers the oauth2 scheme whose fetched token was sent, nil for any other credential.
    def authorize(auth, prepared, security, url, retries, timeout)
      applied = auth.apply(security)
      unless applied.fetch.nil?
        fetch_token(auth, applied.fetch, retries, timeout)
        applied = auth.apply(security)
      end
      headers = prepared.headers
      given = headers.keys.map(&:downcase) # a header of `opts` wins over the scheme's
      applied.headers.each { |name, value| headers[name] = value unless given.include?(name.downcase) }
      unless applied.cookies.empty?
        cookies = applied.cookies.map { |name, value| "#{name}=#{value}" }
        headers["Cookie"] = [headers["Cookie"], *cookies].compact.join("; ")
      end
      query = prepared.query.merge(applied.query)
      uri = URI.parse(url || (@base_url + prepared.path))
      encoded = Util.encode_form(url ? applied.query : query, prepared.repeated || [])
      uri.query = [uri.query, encoded].compact.reject(&:empty?).join("&") unless encoded.empty?
      prepared.uri = uri
      sent = applied.headers["Authorization"]
      applied.refreshable if sent && headers["Authorization"] == sent
    end

    # The client-credentials grant of oauth2 scheme `name`: its token is kept by the Auth.
    def fetch_token(auth, name, retries, timeout)
      token_url, headers, body = auth.token_request(name)
      uri = URI.join("#{@base_url}/", token_url) # a relative token URL is the API server's
      prepared = Prepared.new("POST", uri.path, uri, headers, body, {})
      answer = send_with_retries(prepared, retries, timeout)
      auth.store_token(name, JSON.parse(answer.body, symbolize_names: true))
    rescue JSON::ParserError
      raise AuthenticationError.new("the token endpoint's answer is not JSON", http_status: answer&.status)
    end

    def base_headers(verb, opts)
      headers = { "User-Agent" => @user_agent, "Accept" => "application/json" }
      version = opts[:stripe_version] || @stripe_version
      headers["Stripe-Version"] = version.to_s if version
      headers["Stripe-Account"] = opts[:stripe_account].to_s if opts[:stripe_account]
      key = opts[:idempotency_key]
      if key
        headers["Idempotency-Key"] = key.to_s
      elsif verb == "POST"
        headers["Idempotency-Key"] = SecureRandom.uuid # one key for every attempt of this call
      end
      headers
    end

    def encode_body(params, encoding, media_type, repeated, headers)
      case encoding
      when :binary, :text
        headers["Content-Type"] = media_type || "application/octet-stream"
        raw = params.key?(:body) ? params[:body] : params["body"]
        raw.respond_to?(:read) ? raw.read.to_s.b : raw.to_s
      when :json
        headers["Content-Type"] = "application/json"
        Util.encode_json(params)
      when :json_value # the `body` param alone (an array, a string...); none when it is not given
        return nil unless params.key?(:body) || params.key?("body")

        headers["Content-Type"] = "application/json"
        JSON.generate(Util.jsonable(params.key?(:body) ? params[:body] : params["body"]))
      when :multipart
        body, boundary = Util.encode_multipart(params)
        headers["Content-Type"] = "multipart/form-data; boundary=#{boundary}"
        body
      else
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        Util.encode_form(params, repeated)
      end
    end

    def send_with_retries(prepared, retries, timeout)
      attempt = 0
      loop do
        attempt += 1
        started = Process.clock_gettime(Process::CLOCK_MONOTONIC)
        notify(:request, RequestEvent.new(method: prepared.verb, path: prepared.path, attempt: attempt))
        begin
          response = send_once(prepared, timeout)
        rescue *CONNECTION_ERRORS => e
          retryable = !e.is_a?(::OpenSSL::SSL::SSLError)
          log(:warn, prepared, "failed: #{e.class}", attempt, started)
          answered(prepared, attempt, started, nil, e)
          raise connection_error(prepared, e, attempt, retryable) unless retryable && attempt <= retries

          pause(prepared, attempt, nil)
          next
        end
        log(:info, prepared, "answered #{response.status} (request id #{response.request_id})", attempt, started)
        answered(prepared, attempt, started, response, nil)
        return response if response.status < 300
        raise api_error(response) unless attempt <= retries && retry_response?(response)

        pause(prepared, attempt, response.headers)
      end
    end

    def send_once(prepared, timeout)
      request = HTTPRequest.new(verb: prepared.verb, uri: prepared.uri, headers: prepared.headers, body: prepared.body,
                                open_timeout: [@open_timeout, timeout].min, timeout: timeout,
                                stream: prepared.stream == true)
      status, headers, body = @http_client.call(request)
      headers = (headers || {}).to_h { |name, value| [name.to_s.downcase, Array(value).join(", ")] }
      body = body.to_s unless prepared.stream && status.to_i < 300 && !body.is_a?(::String)
      StripeResponse.new(status.to_i, headers, body, prepared.uri.to_s)
    end

    def notify(kind, event)
      @hooks.fetch(kind).each { |hook| hook.call(event) }
    end

    def answered(prepared, attempt, started, response, error)
      return if @hooks[:response].empty?

      elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
      notify(:response, ResponseEvent.new(method: prepared.verb, path: prepared.path, attempt: attempt,
                                          http_status: response&.status, request_id: response&.request_id,
                                          elapsed: elapsed, error: error && redact("#{error.class}: #{error.message}")))
    end

    # The API's `Stripe-Should-Retry` decides; else 409, 429 and 5xx are retried.
    def retry_response?(response)
      advice = response.headers["stripe-should-retry"].to_s.strip.downcase
      return true if advice == "true"
      return false if advice == "false"

      response.status == 409 || response.status == 429 || response.status >= 500
    end

    def pause(prepared, attempt, headers)
      delay = retry_after(headers) || backoff(attempt)
      @logger&.info("#{prepared.verb} #{prepared.path}: retry #{attempt} in #{format('%.3f', delay)}s")
      sleep(delay) if delay.positive?
    end

    # The server's `Retry-After` (seconds or an HTTP date), capped; nil when absent or unreadable.
    def retry_after(headers)
      value = headers && headers["retry-after"]
      return nil if value.nil?

      seconds = Float(value.strip, exception: false)
      seconds ||= begin
        ::Time.httpdate(value.strip) - ::Time.now
      rescue ArgumentError
        nil
      end
      return nil if seconds.nil? || seconds.nan?

      seconds.clamp(0.0, @max_retry_after)
    end

    # Exponential backoff with full jitter before retry number `attempt`.
    def backoff(attempt)
      [@max_delay, @initial_delay * (2**[attempt - 1, 32].min)].min * ::Random.rand
    end

    def log(level, prepared, what, attempt, started)
      return if @logger.nil?

      elapsed = Process.clock_gettime(Process::CLOCK_MONOTONIC) - started
      @logger.public_send(level, redact("#{prepared.verb} #{prepared.path} (attempt #{attempt}) #{what} " \
                                        "in #{format('%.3f', elapsed)}s"))
    end

    def connection_error(prepared, error, attempts, retryable)
      tries = attempts == 1 ? "1 attempt" : "#{attempts} attempts"
      message = "could not connect for #{prepared.verb} #{prepared.path} after #{tries}: #{error.class}: #{error.message}"
      APIConnectionError.new(redact(message), should_retry: retryable)
    end

    def api_error(response)
      json = begin
        JSON.parse(response.body, symbolize_names: true)
      rescue JSON::ParserError
        nil
      end
      error = json.is_a?(::Hash) && json[:error].is_a?(::Hash) ? json[:error] : {}
      message = error[:message] || "the API answered #{response.status} (#{response.body.to_s[0, 200]})"
      fields = { http_status: response.status, http_body: redact(response.body), json_body: json,
                 http_headers: response.headers, code: error[:code], param: error[:param] }
      error_class(response.status, error[:type]).new(redact(message.to_s), **fields)
    end

    def error_class(status, type)
      return IdempotencyError if type == "idempotency_error"

      case status
      when 400, 404 then InvalidRequestError
      when 401 then AuthenticationError
      when 402 then CardError
      when 403 then PermissionError
      when 429 then RateLimitError
      else APIError
      end
    end

    # The client's Auth with a call's own API key, which is masked like the client's from then on.
    def call_auth(api_key)
      auth = @auth.with_api_key(api_key)
      @lock.synchronize { @call_secrets |= [api_key.to_s] }
      auth
    end

    def redact(text)
      return text if text.nil?

      secrets = @auth.secrets + @lock.synchronize { @call_secrets.dup }
      secrets.sort_by { |secret| -secret.length }.reduce(text.to_s) { |out, secret| out.gsub(secret, "[FILTERED]") }
    end

    def plain_params(params)
      case params
      when nil then {}
      when RequestParams then params.to_h
      when ::Hash then params
      else raise ArgumentError, "params must be a Hash or a #{RequestParams.name}, got #{params.class}"
      end
    end

    def check_options(opts)
      opts = (opts || {}).transform_keys(&:to_sym)
      accepted = @stripe ? REQUEST_OPTIONS : REQUEST_OPTIONS - STRIPE_OPTIONS
      unknown = opts.keys - accepted
      return opts if unknown.empty?

      raise ArgumentError, "unknown request option(s) #{unknown.join(', ')} (accepted: #{accepted.join(', ')})"
    end

    def check_base_url(base_url)
      uri = URI.parse(base_url.to_s)
      unless uri.is_a?(URI::HTTP) && uri.host && !uri.host.empty?
        raise ArgumentError, "base_url must be an http(s) URL, got #{base_url.inspect}"
      end
      if uri.scheme == "http" && !LOOPBACK_HOSTS.include?(uri.host)
        raise ArgumentError, "base_url must use https (plain http only to a loopback host), got #{base_url.inspect}"
      end

      base_url.to_s.chomp("/")
    rescue URI::InvalidURIError
      raise ArgumentError, "base_url is not a URL: #{base_url.inspect}"
    end

    def check_max_retries(value)
      raise ArgumentError, "max_retries must be an Integer from 0 to 10, got #{value.inspect}" \
        unless value.is_a?(::Integer) && value.between?(0, 10)

      value
    end
  end
end
