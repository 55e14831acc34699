# frozen_string_literal: true

module Stripe
  # Encoding of request parameters: bracket form-encoding (nested keys in brackets, `a[b][0]=c`),
  # JSON bodies, multipart bodies and path segments.
  module Util
    # Bytes sent as they are in a form; everything else is percent-encoded (a space as `+`).
    FORM_UNSAFE = /[^A-Za-z0-9_.~\-]/n.freeze
    # Bytes sent as they are in a path segment.
    PATH_UNSAFE = /[^A-Za-z0-9_.~\-]/n.freeze

    module_function

    # `params` as `application/x-www-form-urlencoded`: nested hashes become `a[b][c]=v`, arrays
    # `a[0]=x`, booleans `true`/`false`; nil values are left out, at any depth. An array under a
    # key of `repeated` is sent as that key once per item (`tags=a&tags=b`: OpenAPI's `style: form`).
    #
    # @param params [Hash, RequestParams]
    # @param repeated [Array<Symbol, String>]
    # @return [String]
    def encode_form(params, repeated = [])
      pairs = flatten_params(params)
      unless repeated.empty?
        names = repeated.map(&:to_s)
        pairs = pairs.map do |key, value|
          name, index = key.match(/\A([^\[]+)\[(\d+)\]\z/)&.captures
          [index && names.include?(name) ? name : key, value]
        end
      end
      pairs.map { |key, value| "#{form_escape(key)}=#{form_escape(scalar(value))}" }.join("&")
           .force_encoding(Encoding::US_ASCII)
    end

    # The `[key, leaf]` pairs of `params`, keys in bracket form (`components[buy_button][enabled]`).
    #
    # @return [Array<Array(String, Object)>]
    def flatten_params(params, prefix = nil, pairs = [])
      case params
      when RequestParams
        flatten_params(params.to_h, prefix, pairs)
      when ::Hash
        params.each do |key, value|
          next if value.nil?

          flatten_params(value, prefix.nil? ? key.to_s : "#{prefix}[#{key}]", pairs)
        end
      when ::Array
        params.each_with_index do |value, index|
          flatten_params(value, "#{prefix}[#{index}]", pairs) unless value.nil?
        end
      else
        raise ArgumentError, "params must be a Hash, got #{params.class}" if prefix.nil?

        pairs << [prefix, params]
      end
      pairs
    end

    # The text of a leaf value: `true`/`false`, decimal numbers (never an exponent), Time as a
    # Unix timestamp, a response object as its id.
    def scalar(value)
      case value
      when true then "true"
      when false then "false"
      when ::Float then format_float(value)
      when ::Time then value.to_i.to_s
      when StripeObject then value[:id].to_s
      else value.to_s
      end
    end

    def format_float(value)
      raise ArgumentError, "cannot send #{value} (not a finite number)" unless value.finite?

      text = value.to_s
      return text unless text.include?("e")

      mantissa, exponent = text.split("e")
      negative = mantissa.start_with?("-")
      whole, fraction = mantissa.delete("-").split(".")
      digits = whole + fraction.to_s
      point = whole.length + Integer(exponent, 10)
      plain = if point <= 0
                "0.#{'0' * -point}#{digits}"
              elsif point >= digits.length
                digits + ("0" * (point - digits.length))
              else
                "#{digits[0, point]}.#{digits[point..]}"
              end
      plain = plain.sub(/\A0+(?=\d)/, "")
      plain = plain.sub(/(\.\d*?)0+\z/, '\1').delete_suffix(".") if plain.include?(".")
      negative ? "-#{plain}" : plain
    end

    def form_escape(text)
      text.to_s.encode(Encoding::UTF_8).b.gsub(FORM_UNSAFE) { |byte| byte == " " ? "+" : format("%%%02X", byte.ord) }
    end

    # `value` percent-encoded as one path segment: `/`, `?` and `#` cannot change the route.
    #
    # @raise [ArgumentError] for an empty value
    def escape_path(value)
      text = value.to_s
      raise ArgumentError, "a path parameter must not be empty" if text.empty?

      escaped = text.encode(Encoding::UTF_8).b.gsub(PATH_UNSAFE) { |byte| format("%%%02X", byte.ord) }
      [".", ".."].include?(escaped) ? escaped.gsub(".", "%2E") : escaped
    end

    # `params` as a compact JSON document; nil values are left out of hashes at any depth.
    def encode_json(params)
      JSON.generate(jsonable(params))
    end

    def jsonable(value)
      case value
      when RequestParams then jsonable(value.to_h)
      when ::Hash then value.each_with_object({}) { |(key, item), out| out[key.to_s] = jsonable(item) unless item.nil? }
      when ::Array then value.map { |item| jsonable(item) }
      when ::Time then value.utc.iso8601
      when StripeObject then value[:id]
      else value
      end
    end

    # A `multipart/form-data` body: files (IO objects) as file parts, everything else as fields
    # named as in the form encoding.
    #
    # @return [Array(String, String)] the body and its boundary
    def encode_multipart(params)
      boundary = "----RubyFormBoundary#{SecureRandom.hex(16)}"
      body = +"".b
      flatten_multipart(params).each do |key, value|
        body << "--#{boundary}\r\n"
        if value.respond_to?(:read)
          name = value.respond_to?(:path) && value.path ? ::File.basename(value.path.to_s) : "blob"
          body << "Content-Disposition: form-data; name=\"#{quote_part(key)}\"; filename=\"#{quote_part(name)}\"\r\n"
          body << "Content-Type: application/octet-stream\r\n\r\n"
          body << value.read.to_s.b
        else
          body << "Content-Disposition: form-data; name=\"#{quote_part(key)}\"\r\n\r\n"
          body << scalar(value).encode(Encoding::UTF_8).b
        end
        body << "\r\n"
      end
      body << "--#{boundary}--\r\n"
      [body, boundary]
    end

    def flatten_multipart(params)
      files = {}
      plain = replace_files(params, files)
      flatten_params(plain).map { |key, value| [key, files.fetch(value, value)] }
    end

    def replace_files(value, files)
      case value
      when RequestParams then replace_files(value.to_h, files)
      when ::Hash then value.transform_values { |item| replace_files(item, files) }
      when ::Array then value.map { |item| replace_files(item, files) }
      else
        return value unless value.respond_to?(:read)

        token = Object.new
        files[token] = value
        token
      end
    end

    def quote_part(text)
      text.to_s.gsub(/["\r\n]/) { |char| format("%%%02X", char.ord) }
    end

    # The events of a `text/event-stream` body.
    #
    # @return [Array<Hash{Symbol => String}>] each with `:data`, and `:event` and `:id` when sent
    def parse_events(text)
      text.to_s.split(/\r?\n\r?\n/).filter_map { |block| parse_event(block) }
    end

    # An Enumerator over the events of a stream's body (its `each` yields chunks, or a String),
    # each yielded as soon as its blank line has arrived; `data: [DONE]` ends it. The body is
    # closed (its connection released) when the events end, or the walk stops early.
    #
    # @return [Enumerator<Hash{Symbol => String}>]
    def each_event(body)
      Enumerator.new do |out|
        buffer = +"".b
        done = false
        chunks = body.is_a?(::String) ? [body] : body
        begin
          chunks.each do |chunk|
            buffer << chunk.to_s.b
            while !done && (found = buffer.match(/\r?\n\r?\n/n))
              event = parse_event(buffer[0, found.begin(0)].force_encoding(Encoding::UTF_8))
              buffer = buffer[found.end(0)..]
              done = event && event[:data] == "[DONE]"
              out << event if event && !done
            end
            break if done
          end
          last = parse_event(buffer.force_encoding(Encoding::UTF_8)) unless done
          out << last if last && last[:data] != "[DONE]"
        ensure
          body.close if body.respond_to?(:close)
        end
      end
    end

    # One event of a stream (the lines before a blank one), nil for one with no field.
    def parse_event(block)
      event = {}
      block.each_line(chomp: true) do |line|
        next if line.start_with?(":")

        field, _, value = line.partition(":")
        value = value.delete_prefix(" ")
        key = field.to_sym
        event[key] = key == :data && event.key?(:data) ? "#{event[:data]}\n#{value}" : value
      end
      event unless event.empty?
    end
  end
end
