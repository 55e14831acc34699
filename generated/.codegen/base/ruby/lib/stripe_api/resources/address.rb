# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # A postal address. Every part is optional and may be null.
  class Address < StripeObject
    # City, district, suburb, town, or village.
    #
    # @return [String, nil]
    def city = @values[:city]

    # Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
    #
    # @return [String, nil]
    def country = @values[:country]

    # First address line, such as the street, PO box, or company name.
    #
    # @return [String, nil]
    def line1 = @values[:line1]

    # Second address line, such as the apartment, suite, unit, or building.
    #
    # @return [String, nil]
    def line2 = @values[:line2]

    # ZIP or postal code.
    #
    # @return [String, nil]
    def postal_code = @values[:postal_code]

    # State, county, province, or region.
    #
    # @return [String, nil]
    def state = @values[:state]
  end
end
