# frozen_string_literal: true

require_relative "helper"

# Every object of the spec, built from Stripe's fixtures (FIXTURES: {class name => object}).
class TestFixtures < Minitest::Test
  FIXTURES = JSON.parse(File.read(ENV.fetch("FIXTURES")))

  def test_every_object_parses
    refute_empty FIXTURES
    FIXTURES.each do |class_name, data|
      cls = Object.const_get(class_name)
      object = cls.construct_from(JSON.parse(JSON.generate(data), symbolize_names: true))
      assert_instance_of cls, object
      assert_equal JSON.parse(JSON.generate(data)), JSON.parse(object.to_json), class_name
      assert_equal cls::OBJECT_NAME, object.object if cls.const_defined?(:OBJECT_NAME, false)
      check_nested(object, cls)
    end
  end

  def test_unknown_fields_are_kept
    object = Stripe::Customer.construct_from({ id: "cus_1", object: "customer", brand_new: { a: 1 } })
    assert_equal({ a: 1 }, object[:brand_new])
    assert_equal({ a: 1 }, object.brand_new)
    assert_equal({ id: "cus_1", object: "customer", brand_new: { a: 1 } }, object.to_hash)
  end

  def test_expandable_is_an_id_or_the_object
    id = Stripe::CustomerSession.construct_from({ customer: "cus_1" })
    assert_equal "cus_1", id.customer
    expanded = Stripe::CustomerSession.construct_from({ customer: { id: "cus_1", object: "customer" } })
    assert_instance_of Stripe::Customer, expanded.customer
  end

  private

  def check_nested(object, cls)
    cls.field_types.each do |name, type|
      value = object[name]
      assert_kind_of type, value, "#{cls}##{name}" if type.is_a?(Class) && value
    end
  end
end
