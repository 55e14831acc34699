# frozen_string_literal: true

# File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

require_relative "lib/stripe_api/version"

Gem::Specification.new do |spec|
  spec.name = "stripe_api"
  spec.version = Stripe::VERSION
  spec.summary = "Ruby client for the Stripe API (customer sessions subset)"
  spec.authors = ["codegen"]
  spec.files = Dir["lib/**/*.rb", "sig/**/*.rbs", "README.md"]
  spec.require_paths = ["lib"]
  spec.required_ruby_version = ">= 3.1"
  spec.metadata["rubygems_mfa_required"] = "true"
end
