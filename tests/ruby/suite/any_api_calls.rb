# frozen_string_literal: true

# Calls of the client of tests/ruby/any_api.py (another API than Stripe's), run by
# tests/ruby/test_any_api.py: `ruby any_api_calls.rb MODE URL`.
# - `wire`: every call against a recording server; the test checks each request it got;
# - `mock`: the same credentials against `codegen mock`, which answers 401 to a wrong scheme.
# Each check that fails raises; the last line printed is "ok".
require "any_api"
require "stringio"

def check(condition, what)
  raise "check failed: #{what}" unless condition
end

def ids(page)
  page.auto_paging_each.map(&:id).join(",")
end

mode, url = ARGV
client = AnyApi::Client.new(base_url: url, api_key: "k_123", username: "AC123", password: "tok3n", max_retries: 0)

# Credentials: each call uses the first scheme of its operation that the client can apply.
services = [client.things, client.health, client.by_header, client.by_cookie, client.oauthed]
# (`codegen mock` refuses an API key in the query as an unknown parameter: checked on the wire only.)
services += [client.by_query, client.either] if mode == "wire"
services.each do |service|
  check(service.retrieve.is_a?(AnyApi::Thing), "#{service.class} answers a Thing")
end
check(!client.inspect.include?("tok3n") && !client.inspect.include?("k_123"), "inspect hides the credentials")
check(!AnyApi::Client.instance_method(:initialize).parameters.include?(%i[key stripe_version]),
      "stripe_version is offered by clients of Stripe's API only")

# A call that needs credentials the client was not given raises before anything is sent.
key_only = AnyApi::Client.new(base_url: url, api_key: "k_123", max_retries: 0)
begin
  key_only.things.retrieve
  raise "no username and password, yet a request was sent"
rescue AnyApi::MissingCredentialsError => e
  check(e.message.include?("username: and password:"), "the error names what to pass: #{e.message}")
  check(!e.message.include?("k_123"), "the error shows no credential")
end
check(key_only.either.retrieve.is_a?(AnyApi::Thing), "either: the query key serves") if mode == "wire"
check(AnyApi::Client.new(base_url: url).health.retrieve.is_a?(AnyApi::Thing), "security: [] needs no credential")
begin
  AnyApi::Client.new(base_url: url, password: "with space")
  raise "a password with whitespace was taken"
rescue ArgumentError => e
  check(!e.message.include?("with space"), "the refusal does not echo the password")
end

if mode == "wire"
  # An operation with its own server goes there, or where `server_urls` maps it.
  elsewhere = AnyApi::Client.new(base_url: "https://api.example.com", username: "AC123", password: "tok3n",
                                 max_retries: 0, server_urls: { "https://files.example.com" => url })
  check(elsewhere.uploads.retrieve.is_a?(AnyApi::Thing), "uploads on its own server")

  # A query array of `style: form` (OpenAPI's default) repeats its key.
  check(client.things.retrieve({ tags: ["a b", "c"] }).is_a?(AnyApi::Thing), "things with tags")

  # Server-sent events, up to `data: [DONE]`.
  events = client.events.retrieve.to_a
  check(events == [{ event: "tick", data: "{\"n\": 1}" }], "events before [DONE]: #{events.inspect}")

  # Raw bodies: an IO's bytes, a String, sent as the operation's media type.
  check(client.blobs.update("b 1", { body: StringIO.new("\x89PNG\x00\xFF".b) }).nil?, "a PNG body")
  client.notes.create({ body: "caf\u00e9\nline two" })

  # OAuth2 client credentials: one token fetched, then sent as a bearer token.
  oauth = AnyApi::Client.new(base_url: url, client_id: "cid", client_secret: "csecret", max_retries: 0)
  2.times { check(oauth.oauthed.retrieve.is_a?(AnyApi::Thing), "oauthed with a fetched token") }
  check(!oauth.inspect.include?("csecret"), "inspect hides the client secret")

  # Pages of other APIs: every item of every page, as the method's item type.
  page = client.cursored.list({ limit: 2 })
  check(page.is_a?(AnyApi::AutoPage) && page.data.map(&:id) == %w[a b] && page.more?, "the first cursor page")
  check(page.auto_paging_each.is_a?(Enumerator), "auto_paging_each without a block is an Enumerator")
  check(page.auto_paging_each.all?(AnyApi::Item), "items are Items")
  puts "cursored:#{ids(page)}"
  puts "offsets:#{ids(client.offsets.list({ limit: 2 }))}"
  puts "urled:#{ids(client.urled.list)}"
  last = []
  client.linked.list(AnyApi::LinkedListParams.new(per_page: 2)).auto_paging_each { |item| last << item.id }
  puts "linked:#{last.join(',')}"

  # Where a page stops: another host, the same cursor again, a short page, no items.
  here = "#{url}/urled"
  urled = { style: :next_url, items: "items", next: "next_page_uri" }
  check(AnyApi::Paging.next_request(urled, { items: [1], next_page_uri: "https://evil.example/x" }, {}, nil, here).nil?,
        "a next URL on another host is not followed")
  check(AnyApi::Paging.next_request(urled, { items: [1], next_page_uri: "/urled?Page=2" }, {}, nil, here) ==
          { url: "#{url}/urled?Page=2" }, "a relative next URL is joined to the one that answered")
  cursor = { style: :cursor, items: "data", next: "last_id", param: "after" }
  check(AnyApi::Paging.next_request(cursor, { data: [1], last_id: "b" }, { after: "b" }, nil, here).nil?,
        "the same cursor again stops")
  offset = { style: :offset, items: "", param: "offset", size_param: "limit" }
  check(AnyApi::Paging.next_request(offset, [1], { limit: 2 }, nil, here).nil?, "a short page is the last")
  check(AnyApi::Paging.next_request(offset, [], {}, nil, here).nil?, "an empty page is the last")
  numbered = { style: :page, items: "", param: "page" }
  check(AnyApi::Paging.next_request(numbered, [1], { page: 3 }, nil, here) == { params: { "page" => 4 } },
        "page numbers grow by one")
end
puts "ok"
