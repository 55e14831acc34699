# frozen_string_literal: true

module Stripe
  # An HTTP answer: the status, the headers (names in lower case), the body as received (for a
  # stream: its chunks, read as they arrive) and the URL that answered. Every object a call
  # returns keeps the one it came from (`last_response`).
  StripeResponse = Struct.new(:status, :headers, :body, :url) do
    # @return [Integer]
    def http_status = status
    # @return [Hash{String => String}]
    def http_headers = headers
    # @return [String]
    def http_body = body
    # @return [String, nil] the `Request-Id` the API gave this answer, to quote to support
    def request_id = headers["request-id"]
  end

  # What the client asks its HTTP client to send: the method (`"GET"`...), the URL (a URI), the
  # headers, the body (a String or nil), seconds to wait for the connection and for each read, and
  # whether the answer is a stream of events (then its body is read as it arrives).
  HTTPRequest = Struct.new(:verb, :uri, :headers, :body, :open_timeout, :timeout, :stream, keyword_init: true)

  # The HTTP client every call goes through unless the client is given another (`http_client:`).
  #
  # Any object with `call(request)` can take its place: it gets an HTTPRequest and answers
  # `[status, headers, body]`: the status an Integer, the headers a Hash (names in any case),
  # the body a String, or for a stream any object whose `each` yields the body's chunks as they
  # arrive. It raises what Net::HTTP raises for a connection that fails (the client retries
  # those), or an APIConnectionError.
  #
  # This one keeps one persistent connection (HTTP keep-alive) per thread and per server, opened
  # on first use and reused by the calls after it, through `proxy` when given. A stream gets a
  # connection of its own, closed when its body has been read.
  class NetHTTPClient
    # How a kept connection that the server has closed in the meantime fails.
    STALE = [::EOFError, ::Errno::ECONNRESET, ::Errno::EPIPE, ::Errno::ECONNABORTED].freeze

    # @param proxy [String, URI, nil] `http://user:password@host:port`
    # @param keep_alive_timeout [Numeric] seconds an idle connection is kept open
    def initialize(proxy: nil, keep_alive_timeout: 30)
      @proxy = proxy.nil? || proxy.to_s.empty? ? nil : URI.parse(proxy.to_s)
      @keep_alive_timeout = keep_alive_timeout
      @connections = {} # [thread, scheme, host, port] => Net::HTTP
      @lock = Mutex.new
    end

    def inspect
      "#<#{self.class.name} proxy=#{@proxy ? "#{@proxy.host}:#{@proxy.port}" : 'none'}>"
    end

    # @param request [HTTPRequest]
    # @return [Array(Integer, Hash{String => String}, Object)]
    def call(request)
      return stream(request) if request.stream

      http = connection(request.uri)
      reused = http.started?
      begin
        http.start unless http.started?
        configure(http, request)
        answer = http.request(net_request(request))
      rescue *STALE => e
        drop(request.uri) # a failed connection is not reused
        raise e unless reused

        # The server closed the idle connection: once more on a new one (as Net::HTTP does).
        return call(request)
      rescue StandardError
        drop(request.uri)
        raise
      end
      [answer.code.to_i, headers_of(answer), answer.body.to_s]
    end

    # Closes every connection this client opened (any thread's).
    def close
      @lock.synchronize do
        @connections.each_value { |http| http.finish if http.started? }
        @connections.clear
      end
    end

    private

    def connection(uri)
      key = [Thread.current, uri.scheme, uri.host, uri.port]
      @lock.synchronize do
        @connections.delete_if { |(thread), http| !thread.alive? && (http.started? ? http.finish : true) }
        @connections[key] ||= open_connection(uri)
      end
    end

    def drop(uri)
      http = @lock.synchronize { @connections.delete([Thread.current, uri.scheme, uri.host, uri.port]) }
      http.finish if http&.started?
    rescue IOError
      nil
    end

    def open_connection(uri)
      http = if @proxy
               Net::HTTP.new(uri.host, uri.port, @proxy.host, @proxy.port,
                             @proxy.user && URI.decode_www_form_component(@proxy.user),
                             @proxy.password && URI.decode_www_form_component(@proxy.password))
             else
               Net::HTTP.new(uri.host, uri.port, nil)
             end
      http.use_ssl = uri.scheme == "https"
      http.keep_alive_timeout = @keep_alive_timeout
      http.max_retries = 0 # retries are the client's: one Idempotency-Key, the API's advice, backoff
      http
    end

    def configure(http, request)
      http.open_timeout = request.open_timeout
      http.read_timeout = request.timeout
      http.write_timeout = request.timeout
    end

    def net_request(request)
      verb = request.verb
      made = Net::HTTPGenericRequest.new(verb, !request.body.nil?, verb != "HEAD", request.uri.request_uri,
                                         request.headers)
      made.body = request.body unless request.body.nil?
      made
    end

    def headers_of(answer)
      answer.each_header.to_h { |name, value| [name.downcase, value] }
    end

    # A stream's status and headers as soon as they arrive; its body read chunk by chunk while the
    # caller walks it (a Fiber holds the connection open in between).
    def stream(request)
      http = open_connection(request.uri)
      configure(http, request)
      chunks = Enumerator.new do |out|
        http.start do
          http.request(net_request(request)) do |answer|
            out << [answer.code.to_i, headers_of(answer)]
            answer.read_body { |chunk| out << chunk }
          end
        end
      end
      status, headers = chunks.next
      [status, headers, StreamBody.new(chunks, -> { http.finish if http.started? })]
    end

    # The body of a stream: `each` yields its chunks as they arrive.
    class StreamBody
      include Enumerable

      def initialize(chunks, closer)
        @chunks = chunks
        @closer = closer
      end

      def each
        return enum_for(:each) unless block_given?

        loop { yield @chunks.next }
        self
      end

      # The rest of the body as one String.
      def to_s
        each.to_a.join
      end

      # Releases the connection, whatever is left unread.
      def close
        @closer&.call
        @closer = nil
      rescue IOError
        nil
      end
    end
  end
end
