# frozen_string_literal: true

module Stripe
  # Objects of the API: each response object is a StripeObject (a resource with endpoints of its
  # own an APIResource) whose readers the generated classes define. Fields the class does not
  # know are kept too: `object[:new_field]`, `to_hash` and `to_json` show everything received.
  class StripeObject
    include Enumerable

    # Field names whose values `inspect` never shows.
    SECRET_FIELD = /(\A|_)(secret|password|token)\z/.freeze

    # The HTTP answer this object came from (a StripeResponse: status, headers, request id), nil for
    # an object that was not returned by a call (a nested one, or one built by hand).
    attr_accessor :last_response
    # The requestor of the client whose call returned this object: its own methods
    # (`customer.delete`) go through the same client.
    # @api private
    attr_writer :requestor

    # Builds an object from a parsed JSON Hash (keys may be Strings or Symbols).
    def self.construct_from(values)
      new(values)
    end

    # How each known field is read: `{wire name => type}` (see Types); none by default.
    def self.field_types
      {}
    end

    def initialize(values = {})
      types = self.class.field_types
      @values = {}
      values.each do |key, value|
        name = key.to_sym
        @values[name] = Types.convert(types.fetch(name, Types::ANY), value)
      end
    end

    # The value of a field by its wire name (a Symbol or a String), known or not.
    def [](key)
      @values[key.to_sym]
    end

    def key?(key)
      @values.key?(key.to_sym)
    end

    def keys
      @values.keys
    end

    def values
      @values.values
    end

    def each(&block)
      @values.each(&block)
    end

    # Whether this is the answer to a delete (`deleted: true`).
    def deleted?
      @values[:deleted] == true
    end

    # Every field, nested objects as Hashes, as the API sent them.
    #
    # @return [Hash{Symbol => Object}]
    def to_hash
      @values.transform_values { |value| StripeObject.plain(value) }
    end
    alias to_h to_hash

    def as_json(*)
      to_hash
    end

    def to_json(*args)
      to_hash.to_json(*args)
    end

    def ==(other)
      other.is_a?(StripeObject) && other.class == self.class && other.to_hash == to_hash
    end
    alias eql? ==

    def hash
      [self.class, to_hash].hash
    end

    def inspect
      shown = @values.map { |key, value| "#{key}: #{SECRET_FIELD.match?(key.to_s) ? '[FILTERED]' : value.inspect}" }
      "#<#{self.class.name} #{shown.join(', ')}>"
    end
    alias to_s inspect

    # Fields without a reader of their own (added to the API after this client) read like the
    # others: `object.new_field`.
    def method_missing(name, *args, &block)
      return @values[name] if args.empty? && block.nil? && @values.key?(name)

      super
    end

    def respond_to_missing?(name, include_private = false)
      @values.key?(name) || super
    end

    # `value` with every StripeObject turned into a Hash.
    def self.plain(value)
      case value
      when StripeObject then value.to_hash
      when ::Hash then value.transform_values { |item| plain(item) }
      when ::Array then value.map { |item| plain(item) }
      else value
      end
    end
  end

  # An object with endpoints of its own (`OBJECT_NAME` is its `object` value).
  class APIResource < StripeObject
    OBJECT_NAME = ""

    def self.object_name
      self::OBJECT_NAME
    end

    # The requestor this object's own methods go through: that of the client whose call returned
    # it, else that of the client of the global settings.
    # @api private
    def requestor
      @requestor || Types::ROOT.client.requestor
    end
  end

  # How response values become objects. A type is a StripeObject subclass, ANY (the JSON value
  # as parsed), or one of the descriptions below; the generated classes list their fields' types.
  module Types
    # A JSON value kept as it is: Strings (enums are open: any String), numbers, Hashes... A Hash
    # with an `id` and an `object` naming a class of the API (OBJECT_TYPES) is read as that class
    # (an event's `data.object` the spec leaves open); a map such as `metadata` stays a Hash.
    ANY = nil
    # The module the gem's classes live in.
    ROOT = Module.nesting[1]

    # An Array whose items are of type `item`.
    ArrayOf = Struct.new(:item) do
      def convert(value)
        value.is_a?(::Array) ? value.map { |entry| Types.convert(item, entry) } : value
      end
    end

    # A Hash (String keys in the API, Symbols here) whose values are of type `item`.
    HashOf = Struct.new(:item) do
      def convert(value)
        value.is_a?(::Hash) ? value.transform_values { |entry| Types.convert(item, entry) } : value
      end
    end

    # An id (a String), or the object of type `item` when the request expanded it.
    Expandable = Struct.new(:item) do
      def convert(value)
        value.is_a?(::Hash) ? Types.convert(item, value) : value
      end
    end

    # One of several object types, chosen by the value of `property` (`object`, or the spec's
    # discriminator); `deleted` names the types of deleted objects (`deleted: true`) by the same
    # values. An unknown value gives a plain StripeObject.
    OneOf = Struct.new(:property, :choices, :deleted) do
      def convert(value)
        return value unless value.is_a?(::Hash)

        key = (value[property.to_sym] || value[property.to_s]).to_s
        chosen = deleted[key] if deleted && (value[:deleted] == true || value["deleted"] == true)
        Types.convert(chosen || choices[key] || StripeObject, value)
      end
    end

    module_function

    def array_of(item) = ArrayOf.new(item)
    def hash_of(item) = HashOf.new(item)
    def expandable(item) = Expandable.new(item)
    def one_of(property, choices, deleted = nil) = OneOf.new(property, choices, deleted)

    # The class of the API's objects whose `object` is `name`, nil for a name it does not know.
    #
    # @return [Class, nil]
    def object_class(name)
      found = OBJECT_TYPES[name.to_s]
      found && ROOT.const_get(found)
    end

    # A parsed JSON value (Symbol keys) read by its `object`: the class it names; a Hash with an
    # unknown `object` as a StripeObject; any other value as it is.
    def from_json(value)
      return value unless value.is_a?(::Hash) && value.key?(:object)

      (object_class(value[:object]) || StripeObject).construct_from(value)
    end

    # Whether an untyped value is an object of the API: a Hash with an `id` and a known `object`.
    def api_object?(value)
      value.is_a?(::Hash) && value.key?(:id) && !object_class(value[:object]).nil?
    end

    # `value` read as `type`.
    def convert(type, value)
      return value if value.nil?
      return api_object?(value) ? from_json(value) : value if type.nil?
      return type.convert(value) unless type.is_a?(::Class)
      return type.construct_from(value) if value.is_a?(::Hash)

      value
    end
  end
end
