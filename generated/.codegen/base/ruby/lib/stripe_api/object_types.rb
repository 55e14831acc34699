# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

module Stripe
  # Every object class of the API by its `object` value: a webhook's event, and a value whose type
  # the spec leaves open, are read as the class their `object` names (see Types.from_json).
  OBJECT_TYPES = {
    "customer" => "Customer",
    "customer_session" => "CustomerSession",
    "event" => "Event",
    "payment_intent" => "PaymentIntent",
    "payment_method" => "PaymentMethod",
    "setup_intent" => "SetupIntent",
  }.freeze
end
