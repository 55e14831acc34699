# A webhook's signature does not match its payload, or is too old.
class SignatureVerificationError < StripeError
  # @return [String, nil] the signature header as received
  attr_reader :sig_header

  def initialize(message = nil, sig_header = nil, **rest)
    @sig_header = sig_header
    super(message, **rest)
  end
end

# codegen:stripe
# Verifying the events an API sends to your webhook endpoint, then reading them as objects.
#
# - Stripe's `Stripe-Signature` header (`t=<unix time>,v1=<hex>[,v1=<hex>...]`):
#   `Webhook.construct_event(payload, sig_header, secret)`;
# - Standard Webhooks (https://www.standardwebhooks.com: `webhook-id`, `webhook-timestamp`,
#   `webhook-signature`, `whsec_` base64 secrets): `Webhook.unwrap(payload, headers, secret)`.
#
# Both compute HMAC-SHA256 with OpenSSL, compare in constant time, and raise
# codegen:else
# Verifying the events an API sends to your webhook endpoint, then reading them as objects:
# Standard Webhooks (https://www.standardwebhooks.com: `webhook-id`, `webhook-timestamp`,
# `webhook-signature`, `whsec_` base64 secrets), `Webhook.unwrap(payload, headers, secret)`.
#
# It computes HMAC-SHA256 with OpenSSL, compares in constant time, and raises
# codegen:end
# SignatureVerificationError for a payload whose signature does not match, or whose timestamp
# is further than `tolerance` seconds from now. Verify the body exactly as received: a payload
# parsed and serialised again no longer matches its signature.
module Webhook
  DEFAULT_TOLERANCE = 300

  module_function

  # codegen:stripe
  # The event of a payload signed by Stripe, read as the class of its `object` (an Event, whose
  # `data.object` is the class of its own `object`: a Customer...).
  #
  # @param payload [String] the request body, as received
  # @param sig_header [String] the `Stripe-Signature` header
  # @param secret [String] the endpoint's signing secret (`whsec_...`)
  # @param tolerance [Integer, nil] seconds a timestamp may be old (nil or 0: any age)
  # @raise [SignatureVerificationError]
  # @return [StripeObject]
  def construct_event(payload, sig_header, secret, tolerance: DEFAULT_TOLERANCE)
    Signature.verify_header(payload, sig_header, secret, tolerance: tolerance)
    read(payload)
  end

  # codegen:end
  # A Standard Webhooks message, verified, read as the class of its `object` (else a Hash).
  #
  # @param headers [Hash] the request's headers (names in any case)
  # @param secret [String] the endpoint's secret: base64, after an optional `whsec_`
  # @raise [SignatureVerificationError]
  def unwrap(payload, headers, secret, tolerance: DEFAULT_TOLERANCE)
    StandardSignature.verify(payload, headers, secret, tolerance: tolerance)
    read(payload)
  end

  def read(payload)
    Types.from_json(JSON.parse(payload.to_s, symbolize_names: true))
  rescue JSON::ParserError => e
    raise SignatureVerificationError, "the payload is not JSON: #{e.message}"
  end

  # codegen:stripe
  # Stripe's `Stripe-Signature`.
  module Signature
    EXPECTED_SCHEME = "v1"

    module_function

    # HMAC-SHA256 of `<timestamp>.<payload>` with `secret`, in hex.
    def compute_signature(timestamp, payload, secret)
      OpenSSL::HMAC.hexdigest("SHA256", secret.to_s, "#{timestamp.to_i}.#{payload}")
    end

    # A `Stripe-Signature` header for `payload` (to test your endpoint).
    def generate_header(timestamp, signature, scheme: EXPECTED_SCHEME)
      "t=#{timestamp.to_i},#{scheme}=#{signature}"
    end

    # Checks the header: one of its `v1` signatures must sign the payload with `secret`, and its
    # timestamp be within `tolerance` seconds of now.
    #
    # @raise [SignatureVerificationError]
    # @return [true]
    def verify_header(payload, header, secret, tolerance: DEFAULT_TOLERANCE)
      raise SignatureVerificationError.new("no Stripe-Signature header was given", header) if header.to_s.empty?
      raise SignatureVerificationError.new("the webhook secret is empty", header) if secret.to_s.empty?

      timestamp, signatures = parse(header)
      expected = compute_signature(timestamp, payload, secret)
      matched = signatures.reduce(false) { |found, signature| Webhook.secure_compare(expected, signature) | found }
      unless matched
        raise SignatureVerificationError.new("no signature matches the expected signature for the payload " \
                                             "(is the secret the endpoint's? is the body the raw one?)", header)
      end
      if tolerance.to_i.positive? && timestamp < ::Time.now.to_i - tolerance.to_i
        raise SignatureVerificationError.new("the timestamp is outside the tolerance zone (#{timestamp})", header)
      end

      true
    end

    def parse(header)
      pairs = header.to_s.split(",").map { |item| item.split("=", 2).map(&:strip) }
      stamp = pairs.find { |key, _| key == "t" }&.last
      raise SignatureVerificationError.new("no timestamp (t=) in the Stripe-Signature header", header) \
        unless stamp&.match?(/\A\d+\z/)

      signatures = pairs.select { |key, value| key == EXPECTED_SCHEME && value }.map(&:last)
      raise SignatureVerificationError.new("no #{EXPECTED_SCHEME} signature in the Stripe-Signature header", header) \
        if signatures.empty?

      [Integer(stamp, 10), signatures]
    end
  end

  # codegen:end
  # Standard Webhooks: `webhook-signature` holds space-separated `v1,<base64>` signatures of
  # `<webhook-id>.<webhook-timestamp>.<payload>`.
  module StandardSignature
    PREFIX = "whsec_"

    module_function

    # The `webhook-signature` of a message (to test your endpoint).
    def sign(id, timestamp, payload, secret)
      digest = OpenSSL::HMAC.digest("SHA256", key(secret), "#{id}.#{timestamp.to_i}.#{payload}")
      "v1,#{[digest].pack('m0')}"
    end

    # @raise [SignatureVerificationError]
    # @return [true]
    def verify(payload, headers, secret, tolerance: DEFAULT_TOLERANCE)
      found = (headers || {}).to_h { |name, value| [name.to_s.downcase, Array(value).first.to_s] }
      id, stamp, signatures = found.values_at("webhook-id", "webhook-timestamp", "webhook-signature")
      if [id, stamp, signatures].any? { |value| value.nil? || value.empty? }
        raise SignatureVerificationError, "missing webhook-id, webhook-timestamp or webhook-signature header"
      end
      raise SignatureVerificationError.new("invalid webhook-timestamp header", signatures) \
        unless stamp.strip.match?(/\A\d+\z/)

      check_time(Integer(stamp.strip, 10), tolerance, signatures)
      expected = sign(id, stamp.strip, payload, secret).delete_prefix("v1,")
      matched = signatures.split(" ").reduce(false) do |ok, candidate|
        version, signature = candidate.split(",", 2)
        (version == "v1" && !signature.nil? && Webhook.secure_compare(expected, signature)) | ok
      end
      raise SignatureVerificationError.new("no matching signature found", signatures) unless matched

      true
    end

    def check_time(timestamp, tolerance, header)
      return unless tolerance.to_i.positive?

      now = ::Time.now.to_i
      return if timestamp.between?(now - tolerance.to_i, now + tolerance.to_i)

      raise SignatureVerificationError.new("the message timestamp is outside the tolerance zone", header)
    end

    def key(secret)
      text = secret.to_s.delete_prefix(PREFIX)
      raise SignatureVerificationError, "the webhook secret is not base64" unless text.match?(%r{\A[A-Za-z0-9+/]+=*\z})

      text.unpack1("m0")
    rescue ArgumentError
      raise SignatureVerificationError, "the webhook secret is not base64"
    end
  end

  # Whether two Strings are equal, in a time that does not depend on where they differ.
  def secure_compare(expected, given)
    return false unless expected.bytesize == given.to_s.bytesize

    OpenSSL.fixed_length_secure_compare(expected, given.to_s)
  end
end
