# frozen_string_literal: true

require_relative "helper"

# Every call listed in CASES (one per operation, written by the pytest side from the spec)
# made over real HTTP against `codegen mock` at MOCK_URL.
class TestEndToEndMock < Minitest::Test
  CASES = JSON.parse(File.read(ENV.fetch("CASES")))

  def client
    @client ||= Stripe::StripeClient.new("sk_test_mock", base_url: ENV.fetch("MOCK_URL"), max_retries: 0)
  end

  def test_every_operation
    refute_empty CASES
    CASES.each do |entry|
      service = entry.fetch("service").split(".").reduce(client) { |target, name| target.public_send(name) }
      params = JSON.parse(JSON.generate(entry.fetch("params")), symbolize_names: true)
      result = service.public_send(entry.fetch("method"), *entry.fetch("args"), params)
      check(entry, result)
    end
  end

  private

  def check(entry, result)
    expected = entry["class"] && Object.const_get(entry["class"])
    case entry.fetch("returns")
    when "list_page", "search_page"
      assert_kind_of Stripe::ListObject, result, entry["id"]
      assert_includes [true, false], result.has_more
      result.data.each { |item| assert_kind_of expected, item, entry["id"] } if expected
    when "bytes" then assert_equal Encoding::BINARY, result.encoding, entry["id"]
    when "nothing" then assert_nil result, entry["id"]
    else
      choices = (entry["classes"] || []).map { |name| Object.const_get(name) }
      choices << expected if expected
      assert(choices.any? { |cls| result.is_a?(cls) }, "#{entry['id']}: #{result.class}") unless choices.empty?
    end
  end
end
