# frozen_string_literal: true

module Stripe
  # Checking request params before they are sent, and (a client made with `strict: true`) what
  # each call answers: the helpers of the generated Validators (compiled methods per operation, see
  # validators.rb) and the errors raised, ParamsError and InvalidResponseError.
  #
  # Patterns are the spec's (ECMA-262) run by Ruby's Regexp: `^` and `$` anchor the whole string,
  # but `\d`, `\w` and `\s` match ASCII only (Unicode digits and letters do not match them), and a
  # pattern Ruby cannot compile is not checked.

  # Params that do not match the operation's schema: nothing was sent. `issues` lists each
  # problem (`path`: the parameter's path, `components.buy_button.enabled`).
  class ParamsError < ::ArgumentError
    # @return [Array<Validation::Issue>]
    attr_reader :issues

    def initialize(operation, issues)
      @issues = issues
      shown = issues.first(5).map(&:to_s)
      shown << "... #{issues.length - 5} more" if issues.length > 5
      super("invalid params for #{operation}: #{shown.join('; ')}")
    end
  end

  # A response that does not match the operation's schema (a client made with `strict: true`
  # checks each one). `issues` lists each problem; `body` is the parsed response.
  class InvalidResponseError < ::StandardError
    # @return [Array<Validation::Issue>]
    attr_reader :issues
    # @return [Object] the parsed JSON body
    attr_reader :body

    def initialize(operation, issues, body)
      @issues = issues
      @body = body
      shown = issues.first(5).map(&:to_s)
      shown << "... #{issues.length - 5} more" if issues.length > 5
      super("the response of #{operation} does not match the API's schema: #{shown.join('; ')}")
    end
  end

  module Validation
    # A key a response does not have (its nil is a value there).
    MISSING = ::Object.new.freeze

    # One problem: where (`path`, keys and indexes), which rule, and a message.
    Issue = Struct.new(:path, :rule, :message) do
      # `components.buy_button.enabled`, `items[0].price`
      def dotted_path
        path.each_with_index.map { |part, index| part.is_a?(::Integer) ? "[#{part}]" : "#{'.' if index.positive?}#{part}" }
            .join
      end

      def to_s
        path.empty? ? message : "#{dotted_path}: #{message}"
      end
    end

    ARTICLES = { "integer" => "an integer", "array" => "an array", "object" => "an object" }.freeze
    BOUND_TEXTS = {
      "minimum" => ["must be at least %s", "must be greater than %s"],
      "maximum" => ["must be at most %s", "must be less than %s"],
      "min_length" => ["must be at least %s characters long"], "max_length" => ["must be at most %s characters long"],
      "min_items" => ["must have at least %s items"], "max_items" => ["must have at most %s items"],
      "min_properties" => ["must have at least %s keys"], "max_properties" => ["must have at most %s keys"],
      "multiple_of" => ["must be a multiple of %s"]
    }.freeze

    # A frozen Hash holding each of `names` as a String and as a Symbol (`KEYS.key?(key)`).
    def self.keys(*names)
      names.flat_map { |name| [[name, true], [name.to_sym, true]] }.to_h.freeze
    end

    def self.raise_if_invalid(operation, issues)
      raise ParamsError.new(operation, issues) unless issues.empty?
    end

    def self.raise_if_invalid_response(operation, issues, body)
      raise InvalidResponseError.new(operation, issues, body) unless issues.empty?
    end

    def keys(*names)
      Validation.keys(*names)
    end

    def fetch(hash, key, symbol)
      found = hash[symbol]
      found.nil? ? hash[key] : found
    end

    # A response's value of `key` (a Symbol key, as the client parses JSON, else a String one), or
    # MISSING when it has none.
    def fetch_present(hash, key, symbol)
      return hash[symbol] if hash.key?(symbol)

      hash.key?(key) ? hash[key] : MISSING
    end

    def shown(value)
      text = value.inspect
      text.length > 60 ? "#{text[0, 57]}..." : text
    end

    def type_issue(path, expected, value)
      Issue.new(path, "type", "expected #{ARTICLES.fetch(expected, "a #{expected}")}, got #{shown(value)}")
    end

    def missing_issue(path, key)
      Issue.new([*path, key], "required", "is required")
    end

    # Keys `known` does not hold (in params a nil is an absent key: `skip_nil`).
    def unknown_keys(value, path, known, issues, skip_nil = true)
      extra = value.keys.reject { |key| known.key?(key) || (skip_nil && value[key].nil?) }
      extra.sort_by(&:to_s).each do |key|
        allowed = known.keys.grep(::String)
        issues << Issue.new([*path, key.to_s], "unknown", "unknown key; allowed: #{allowed.first(12).join(', ')}")
      end
    end

    def enum_issue(path, allowed, value)
      Issue.new(path, "enum", "expected one of #{allowed.grep_v(::Symbol).map(&:inspect).join(', ')}, got #{shown(value)}")
    end

    def bound_issue(path, rule, bound, value, exclusive = false)
      texts = BOUND_TEXTS.fetch(rule)
      got = value.respond_to?(:length) && !rule.end_with?("imum") ? value.length : shown(value)
      Issue.new(path, rule, "#{format(exclusive ? texts[1] : texts[0], bound)}, got #{got}")
    end

    def pattern_issue(path, pattern, value)
      Issue.new(path, "pattern", "must match #{pattern.inspect}, got #{shown(value)}")
    end

    def unique_issue(path, _value)
      Issue.new(path, "unique_items", "must not contain duplicate items")
    end

    def access_issue(path, rule, _value)
      return Issue.new(path, "write_only", "is write-only and never answered") if rule == "write_only"

      Issue.new(path, "read_only", "is read-only and cannot be sent")
    end

    def one_of_issue(path, value, matched, expected)
      Issue.new(path, "one_of",
                "expected exactly one of #{expected.join(' or ')}, got #{shown(value)}, which is #{matched} of them")
    end

    # The issues of the branch with the right shape and fewest issues; else one any_of issue.
    def best_branch(path, value, branches, expected)
      shaped = branches.reject do |issues|
        issues.all? { |issue| issue.path == path && %w[type enum any_of].include?(issue.rule) }
      end
      return shaped.min_by(&:length) unless shaped.empty?

      [Issue.new(path, "any_of", "expected #{expected.join(' or ')}, got #{shown(value)}")]
    end

    # A compiled pattern, or nil when Ruby cannot compile it (it is then not checked). Ruby's
    # warnings about the spec's own pattern (a character class repeating a range) are not the
    # gem's: they are silenced while it compiles, so `ruby -w` stays quiet.
    def pattern(source)
      verbose = $VERBOSE
      $VERBOSE = nil
      Regexp.new(source)
    rescue RegexpError
      nil
    ensure
      $VERBOSE = verbose
    end

    def upload?(value)
      value.is_a?(::String) || value.respond_to?(:read) || value.respond_to?(:to_path)
    end

    def decimal?(value)
      defined?(::BigDecimal) && value.is_a?(::BigDecimal) && value.finite?
    end

    def unix_time?(value)
      value.is_a?(::Integer) || value.is_a?(::Time) || (defined?(::Date) && value.is_a?(::Date))
    end

    def number?(value)
      value.is_a?(::Integer) || (value.is_a?(::Float) && !value.nan?) || decimal?(value)
    end

    def member?(value, allowed)
      allowed.any? { |candidate| json_equal?(value, candidate) }
    end

    def multiple?(value, divisor)
      if divisor.is_a?(::Float)
        quotient = value / divisor
        return quotient == quotient.truncate if quotient.finite?

        return (value.to_r / divisor.to_r).denominator == 1
      end
      (value % divisor).zero?
    end

    def duplicates?(items)
      items.each_with_index.any? { |item, i| items[(i + 1)..].any? { |other| json_equal?(item, other) } }
    end

    def json_equal?(one, two)
      booleans = [true, false]
      return one.equal?(two) if booleans.include?(one) || booleans.include?(two)
      if one.is_a?(::Array) && two.is_a?(::Array)
        return one.length == two.length && one.zip(two).all? { |a, b| json_equal?(a, b) }
      end
      if one.is_a?(::Hash) && two.is_a?(::Hash)
        return one.keys.sort_by(&:to_s) == two.keys.sort_by(&:to_s) && one.all? { |k, v| json_equal?(v, two[k]) }
      end

      one == two
    end
  end
end
