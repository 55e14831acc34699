# frozen_string_literal: true

module Stripe
  # The base of the generated params classes (`CustomerSessionCreateParams`). A method takes
  # one of these or a plain Hash with the same keys; both are sent alike.
  class RequestParams
    # The wire name of each attribute (`{attr => "wire name"}`); generated classes set theirs.
    FIELDS = {}.freeze

    # The params as a Hash of wire names (Symbols), nested params converted too; nil left out.
    #
    # @return [Hash{Symbol => Object}]
    def to_h
      self.class::FIELDS.each_with_object({}) do |(attr, wire), out|
        value = instance_variable_get(:"@#{attr}")
        out[wire.to_sym] = RequestParams.plain(value) unless value.nil?
      end
    end

    def ==(other)
      other.class == self.class && other.to_h == to_h
    end

    def inspect
      "#<#{self.class.name} #{to_h.inspect}>"
    end

    # `value` with every nested params object turned into a Hash.
    def self.plain(value)
      case value
      when RequestParams then value.to_h
      when ::Hash then value.transform_values { |item| plain(item) }
      when ::Array then value.map { |item| plain(item) }
      else value
      end
    end
  end
end
