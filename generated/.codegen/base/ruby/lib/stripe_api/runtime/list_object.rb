# frozen_string_literal: true

module Stripe
  # A page of a list (`object: "list"`): its items are `data`; `auto_paging_each` walks every
  # item of every following page, fetching each page when it is reached.
  class ListObject < StripeObject
    OBJECT_NAME = "list"

    # How the next page is fetched: called with the params of that page.
    # @api private
    attr_writer :fetch_page
    # The params this page was requested with.
    # @api private
    attr_accessor :filters

    # @return [Array] the items of this page
    def data = @values[:data] || []
    # @return [Boolean] whether more items follow this page
    def has_more = @values[:has_more] == true
    # @return [String, nil] the URL of the list
    def url = @values[:url]

    def each(&block)
      data.each(&block)
    end

    def empty?
      data.empty?
    end

    # Every item of this page and of the pages after it. Without a block, an Enumerator.
    #
    # A list asked for with `ending_before` is walked backwards, as the API pages it: each page's
    # items last to first, then the page before it (`previous_page`).
    def auto_paging_each(&block)
      return enum_for(:auto_paging_each) unless block

      backwards = backwards?
      page = self
      loop do
        (backwards ? page.data.reverse : page.data).each(&block)
        break unless page.more?

        page = backwards ? page.previous_page : page.next_page
      end
      self
    end

    # The page before this one: the items before its first (a list asked for with `ending_before`).
    def previous_page
      raise StopIteration, "no page comes before this one" unless more?

      @fetch_page.call(previous_filters)
    end

    # The page after this one (an empty page when there is none).
    def next_page
      raise StopIteration, "no page follows this one" unless more?

      @fetch_page.call(next_filters)
    end

    # Whether a following page can be fetched.
    def more?
      has_more && !data.empty? && !@fetch_page.nil?
    end

    private

    def backwards?
      given = filters || {}
      !(given[:ending_before] || given["ending_before"]).nil? && (given[:starting_after] || given["starting_after"]).nil?
    end

    def previous_filters
      first = data.first
      id = first.is_a?(StripeObject) ? first[:id] : first.is_a?(::Hash) && (first[:id] || first["id"])
      raise ArgumentError, "the first item of the page has no id to go back from" if id.nil?

      (filters || {}).reject { |key, _| %w[starting_after ending_before].include?(key.to_s) }.merge(ending_before: id)
    end

    def next_filters
      last = data.last
      id = last.is_a?(StripeObject) ? last[:id] : last.is_a?(::Hash) && (last[:id] || last["id"])
      raise ArgumentError, "the last item of the page has no id to continue from" if id.nil?

      (filters || {}).reject { |key, _| %w[starting_after ending_before].include?(key.to_s) }.merge(starting_after: id)
    end
  end

  # A page of search results (`object: "search_result"`): the next page is asked for with the
  # `next_page` token.
  class SearchResultObject < ListObject
    OBJECT_NAME = "search_result"

    # @return [String, nil] the token of the next page
    def next_page_token = @values[:next_page]
    # @return [Integer, nil] the number of results, when the request asked for it
    def total_count = @values[:total_count]

    def more?
      has_more && !next_page_token.to_s.empty? && !@fetch_page.nil?
    end

    private

    def next_filters
      (filters || {}).reject { |key, _| key.to_s == "page" }.merge(page: next_page_token)
    end
  end
end
