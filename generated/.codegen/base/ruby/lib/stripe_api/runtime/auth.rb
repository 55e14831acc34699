# frozen_string_literal: true

module Stripe
  # A call needs credentials the client was not given (raised before anything is sent).
  class MissingCredentialsError < ArgumentError
  end

  # Authentication: the API's security schemes (by the spec's name) and this client's credentials.
  #
  # Each call names the schemes its operation accepts (`security`; nil: the API's usual ones,
  # `[]`: none), and `apply` uses the first of them, in that order, whose credentials it has:
  # - `:bearer`: `Authorization: Bearer <api_key>`;
  # - `:basic`: `Authorization: Basic base64(username:password)`;
  # - `:api_key`: the key in the header, query parameter or cookie the scheme names;
  # - `:oauth2` (and OpenID Connect): a bearer token: `api_key` when given, else one fetched from
  #   the scheme's token URL with `client_id` and `client_secret` (the client-credentials grant),
  #   kept until it expires, fetched anew once when the API answers 401.
  # Credentials never appear in `inspect`; `secrets` lists them for the requestor to mask.
  class Auth
    CREDENTIALS = %i[api_key username password client_id client_secret].freeze
    # Seconds before a fetched token's expiry at which it is no longer used.
    TOKEN_MARGIN = 30.0

    # What one request carries for authentication; `fetch`: the oauth2 scheme whose token must be
    # fetched first (then `apply` again); `refreshable`: the oauth2 scheme whose fetched token a
    # 401 renews.
    Applied = Struct.new(:headers, :query, :cookies, :fetch, :refreshable)

    attr_reader :schemes, :default

    # @param schemes [Hash{String => Hash}] `{kind: :bearer}`, `{kind: :basic}`,
    #   `{kind: :api_key, in: :header | :query | :cookie, name:}`, `{kind: :oauth2, token_url:}`
    # @param default [Array<String>] the schemes a call accepts when it does not say
    # @param required [Array<Symbol>] the credentials that must be given
    # @raise [ArgumentError] for a missing required credential, or an empty or blank one
    def initialize(schemes, default, required: [], **credentials)
      unknown = credentials.keys - CREDENTIALS
      raise ArgumentError, "unknown credential(s) #{unknown.join(', ')}" unless unknown.empty?

      @schemes = schemes
      @default = default
      @given = {}
      credentials.each { |name, value| @given[name] = check_credential(name, value) unless value.nil? }
      required.each do |name|
        raise ArgumentError, "#{name} is required: pass your credential" unless @given.key?(name)
      end
      @tokens = {}
      @lock = Mutex.new
    end

    def inspect
      "#<#{self.class.name} schemes=#{@schemes.keys.inspect} credentials=#{@given.keys.inspect}>"
    end
    alias to_s inspect

    # The same schemes with another API key (a call's own `api_key`).
    #
    # @return [Auth]
    def with_api_key(api_key)
      Auth.new(@schemes, @default, **@given.merge(api_key: api_key))
    end

    # Every credential value to mask in messages and logs (the user name too), and fetched tokens.
    def secrets
      @given.values + @lock.synchronize { @tokens.values.map(&:first) }
    end

    # What a call accepting `security` (nil: the API's usual schemes) carries.
    #
    # @return [Applied]
    # @raise [MissingCredentialsError] when every accepted scheme needs a credential not given
    def apply(security)
      usable = (security.nil? ? @default : security).select { |name| @schemes.key?(name) }
      return Applied.new({}, {}, [], nil) if usable.empty?

      usable.each do |name|
        applied = apply_scheme(name, @schemes.fetch(name))
        return applied if applied
      end
      raise MissingCredentialsError, "this call needs credentials the client was not given: " \
                                     "#{usable.map { |name| needs(@schemes.fetch(name)) }.join('; or ')}"
    end

    # The URL, headers and body of the client-credentials grant for oauth2 scheme `name`.
    def token_request(name)
      pair = ["#{@given.fetch(:client_id)}:#{@given.fetch(:client_secret)}"].pack("m0")
      headers = { "Authorization" => "Basic #{pair}", "Content-Type" => "application/x-www-form-urlencoded",
                  "Accept" => "application/json" }
      [@schemes.fetch(name).fetch(:token_url), headers, "grant_type=client_credentials"]
    end

    # Keeps the token of a grant's JSON answer (symbol keys).
    #
    # @raise [ArgumentError] when the answer has no access_token
    def store_token(name, answer)
      token = answer.is_a?(::Hash) ? answer[:access_token] : nil
      raise ArgumentError, "the token endpoint's answer has no access_token" unless token.is_a?(::String) && !token.empty?

      lifetime = answer[:expires_in]
      now = Process.clock_gettime(Process::CLOCK_MONOTONIC)
      expires = lifetime.is_a?(::Numeric) ? now + lifetime - TOKEN_MARGIN : Float::INFINITY
      @lock.synchronize { @tokens[name] = [token, expires] }
    end

    # Drops scheme `name`'s fetched token (the API refused it).
    def forget_token(name)
      @lock.synchronize { @tokens.delete(name) }
    end

    private

    def apply_scheme(name, scheme)
      case scheme.fetch(:kind)
      when :basic
        return nil unless @given.key?(:username) && @given.key?(:password)

        bearer_like("Basic #{["#{@given[:username]}:#{@given[:password]}"].pack('m0')}")
      when :api_key then api_key(scheme)
      else token(name, scheme)
      end
    end

    def api_key(scheme)
      key = @given[:api_key]
      return nil if key.nil?

      case scheme.fetch(:in)
      when :query then Applied.new({}, { scheme.fetch(:name) => key }, [], nil)
      when :cookie then Applied.new({}, {}, [[scheme.fetch(:name), key]], nil)
      else Applied.new({ scheme.fetch(:name) => key }, {}, [], nil)
      end
    end

    def token(name, scheme)
      return bearer_like("Bearer #{@given[:api_key]}") if @given.key?(:api_key)
      return nil unless scheme[:token_url] && @given.key?(:client_id) && @given.key?(:client_secret)

      value, expires = @lock.synchronize { @tokens[name] }
      return Applied.new({}, {}, [], name) if value.nil? || expires <= Process.clock_gettime(Process::CLOCK_MONOTONIC)

      Applied.new({ "Authorization" => "Bearer #{value}" }, {}, [], nil, name)
    end

    def bearer_like(authorization)
      Applied.new({ "Authorization" => authorization }, {}, [], nil)
    end

    def needs(scheme)
      case scheme.fetch(:kind)
      when :basic then "username: and password:"
      when :oauth2 then scheme[:token_url] ? "api_key:, or client_id: and client_secret:" : "api_key:"
      else "api_key:"
      end
    end

    def check_credential(name, value)
      what = name == :api_key ? "the API key" : name.to_s
      raise ArgumentError, "#{what} must be a non-empty String" unless value.is_a?(::String) && !value.empty?
      raise ArgumentError, "#{what} must not contain whitespace" if value.match?(/\s/)

      value
    end
  end
end
