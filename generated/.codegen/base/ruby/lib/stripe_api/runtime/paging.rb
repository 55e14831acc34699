# frozen_string_literal: true

module Stripe
  # Pages of lists other than the `{object: "list"}` envelope (that one is ListObject). Each generated
  # method that answers such pages says how the API hands them out (`paging:`, a Hash):
  # - `style: :cursor`: a field of the body (`next`: `next_cursor`, `last_id`...) is sent back as
  #   the query param `param`; the last page has no cursor (or `has_more: false`);
  # - `style: :offset`: the `param` offset moves past the items seen; `style: :page`: the page
  #   number grows by one; both stop at an empty page or one shorter than `size_param` asked for;
  # - `style: :next_url`: a field (`next`: `next_page_uri`, `links.next`) holds the next page's
  #   URL, absolute or relative to the one that answered;
  # - `style: :link`: an RFC 8288 `Link: <url>; rel="next"` header does.
  # `items` names the body's field of items ("": the body is the list). A next URL on another
  # host than the one that answered is never followed: the credentials stay with the API.
  module Paging
    LINK = /<([^>]*)>\s*((?:;\s*[^;,]+)*)/.freeze
    REL = /;\s*rel\s*=\s*"?([^";]*)"?/i.freeze

    module_function

    # The items of a page's body (JSON read with Symbol keys).
    #
    # @return [Array]
    def items_of(paging, raw)
      field = paging.fetch(:items).to_s
      value = field.empty? ? raw : (raw.is_a?(::Hash) ? raw[field.to_sym] : nil)
      value.is_a?(::Array) ? value : []
    end

    # How to ask for the page after the one answered: `{params: Hash}` (the same path) or
    # `{url: String}`; nil on the last page.
    #
    # @param raw [Object] the answered body
    # @param params [Hash] the params that page was asked for with
    # @param link [String, nil] its `Link` header
    # @param url [String] the URL that answered
    # @return [Hash, nil]
    def next_request(paging, raw, params, link, url)
      items = items_of(paging, raw)
      return nil if items.empty?

      current = (params || {}).to_h.transform_keys(&:to_s)
      case paging.fetch(:style)
      when :next_url then following_url(dig(raw, paging[:next].to_s), url)&.then { |target| { url: target } }
      when :link then following_url(next_link(link), url)&.then { |target| { url: target } }
      when :cursor then next_cursor(paging, raw, current)
      else next_number(paging, items, current)
      end
    end

    # The `rel="next"` URL of a `Link` header, nil when it has none.
    def next_link(header)
      header.to_s.scan(LINK) do |target, attributes|
        rels = attributes.scan(REL).flatten.flat_map(&:split)
        return target if rels.any? { |rel| rel.downcase == "next" }
      end
      nil
    end

    def dig(value, dotted)
      dotted.split(".").reduce(value) { |found, part| found.is_a?(::Hash) ? found[part.to_sym] : nil }
    end

    def following_url(found, url)
      return nil unless found.is_a?(::String) && !found.empty?

      here = URI.parse(url)
      target = URI.join(url, found)
      return nil unless target.is_a?(URI::HTTP) && [target.host, target.port] == [here.host, here.port]

      target.to_s == url ? nil : target.to_s
    rescue URI::Error
      nil
    end

    def next_cursor(paging, raw, current)
      cursor = dig(raw, paging[:next].to_s)
      return nil if cursor.nil? || cursor == "" || (raw.is_a?(::Hash) && raw[:has_more] == false)

      param = paging.fetch(:param).to_s
      return nil if cursor == current[param] # the same cursor again: the API is not moving on

      { params: current.merge(param => cursor) }
    end

    def next_number(paging, items, current)
      size = paging[:size_param].to_s.empty? ? nil : current[paging[:size_param].to_s]
      return nil if size.is_a?(::Integer) && items.size < size

      param = paging.fetch(:param).to_s
      step = paging.fetch(:style) == :offset ? items.size : 1
      start = current[param] || (paging.fetch(:style) == :offset ? 0 : 1)
      { params: current.merge(param => Integer(start) + step) }
    end
  end

  # One page of a list outside the list envelope: `data` (the items, read as the method's item
  # type) and `raw` (the whole body). `each` walks this page's items, `auto_paging_each` those of
  # every page from here on, fetching each page when it is reached.
  class AutoPage
    include Enumerable

    # @return [Array] the items of this page
    attr_reader :data
    # @return [Object] the page's whole body
    attr_reader :raw
    # @return [StripeResponse, nil] the HTTP answer of this page
    attr_accessor :last_response

    # @param following [Hash, nil] how to ask for the next page (`Paging.next_request`)
    # @param fetch [Proc] called with `following`, answers the next AutoPage
    # @api private
    def initialize(raw, data, following, fetch)
      @raw = raw
      @data = data
      @following = following
      @fetch = fetch
    end

    # @return [Boolean] whether a page follows this one
    def more?
      !@following.nil?
    end
    alias has_more more?

    # @return [AutoPage, nil] the page after this one, nil on the last
    def next_page
      @following.nil? ? nil : @fetch.call(@following)
    end

    def each(&block)
      return enum_for(:each) unless block

      data.each(&block)
      self
    end

    def size = data.size

    def empty? = data.empty?

    # Every item of this page and of the pages after it. Without a block, an Enumerator.
    def auto_paging_each(&block)
      return enum_for(:auto_paging_each) unless block

      page = self
      until page.nil?
        page.data.each(&block)
        page = page.next_page
      end
      self
    end

    def inspect
      "#<#{self.class.name} #{data.size} item(s)#{more? ? ', more follow' : ''}>"
    end
  end
end
