# The base of the generated services (`client.customer_sessions` is a CustomerSessionService):
# each method names its HTTP call and what comes back; this class sends it and reads the answer.
class StripeService
  def initialize(requestor)
    @requestor = requestor
    @raw = false
  end

  # This service with methods that answer the raw HTTP response (a StripeResponse: status,
  # headers, body, request id) instead of objects: `client.customers.with_raw_response.retrieve(id)`.
  #
  # @return [StripeService]
  def with_raw_response
    copy = dup
    copy.instance_variable_set(:@raw, true)
    copy
  end

  def inspect
    "#<#{self.class.name}>"
  end

  private

  # Sends a call and reads its answer as `returns` says:
  # - :object   the JSON body read as `type` (a StripeObject subclass or a Types description)
  # - :list     a ListObject whose items are read as `type`, able to fetch the following pages
  # - :search   a SearchResultObject, likewise
  # - :paged    an AutoPage of another API's pages, as `paging` says (see Paging)
  # - :bytes    the body as a binary String, or written to `io` (then `io` is returned)
  # - :stream   an Enumerator over the events of a `text/event-stream` body, each read as it
  #             arrives (`data: [DONE]` ends it)
  # - :nothing  nil
  # Every object returned keeps the answer it came from: `last_response`.
  def request(method, path, params, opts, returns: :object, type: Types::ANY, io: nil, paging: nil, validator: nil,
              response_validator: nil, **sending)
    params = params.nil? ? {} : params
    check_params(validator, params) unless validator.nil?
    answer = @requestor.execute(method, path, params: params, opts: opts, stream: returns == :stream, **sending)
    return answer if @raw

    check_response(response_validator, answer) unless response_validator.nil?
    found = case returns
            when :list, :search
              fetch = lambda do |following|
                request(method, path, following, opts, returns: returns, type: type,
                        response_validator: response_validator, **sending)
              end
              page(answer, returns, type, fetch, params)
            when :paged
              fetch = lambda do |following|
                request(method, path, following[:params] || {}, opts,
                        returns: :paged, type: type, paging: paging, **sending.merge(url: following[:url]))
              end
              auto_page(answer, paging, type, fetch, params)
            when :bytes then bytes(answer.body, io)
            when :stream then Util.each_event(answer.body)
            when :nothing then nil
            else Types.convert(type, parse(answer))
            end
    if found.is_a?(StripeObject) || found.is_a?(AutoPage)
      found.last_response = answer
      found.requestor = @requestor if found.is_a?(StripeObject)
    end
    found
  end

  # Raises ParamsError, before anything is sent, when the params do not match the operation's
  # schema (unless the client was made with `validate: false`).
  def check_params(validator, params)
    return unless @requestor.validate

    plain = RequestParams.plain(params)
    Validation.raise_if_invalid(validator, Validators.public_send(validator, plain)) if plain.is_a?(::Hash)
  end

  # Raises InvalidResponseError when the client was made with `strict: true` and the answer does
  # not match the operation's schema.
  def check_response(validator, answer)
    return unless @requestor.strict

    body = parse(answer)
    Validation.raise_if_invalid_response(validator, Validators.public_send(validator, body), body)
  end

  def page(answer, returns, type, fetch, params)
    json = parse(answer)
    raise APIError.new("expected a list, got #{json.class}", http_status: answer.status) unless json.is_a?(::Hash)

    data = (json[:data] || []).map { |item| Types.convert(type, item) }
    data.each { |item| item.requestor = @requestor if item.is_a?(StripeObject) }
    found = (returns == :search ? SearchResultObject : ListObject).construct_from(json.merge(data: data))
    found.fetch_page = fetch
    found.filters = RequestParams.plain(params)
    found
  end

  def auto_page(answer, paging, type, fetch, params)
    raw = parse(answer)
    items = Paging.items_of(paging, raw).map { |item| Types.convert(type, item) }
    following = Paging.next_request(paging, raw, RequestParams.plain(params), answer.headers["link"], answer.url)
    AutoPage.new(raw, items, following, fetch)
  end

  def bytes(body, io)
    data = body.b
    return data if io.nil?

    io.write(data)
    io
  end

  def parse(answer)
    return nil if answer.body.nil? || answer.body.empty?

    JSON.parse(answer.body, symbolize_names: true)
  rescue JSON::ParserError
    raise APIError.new("the API's answer is not JSON: #{answer.body[0, 200].inspect}",
                       http_status: answer.status, http_body: answer.body, http_headers: answer.headers)
  end
end
