# frozen_string_literal: true

# Server-sent events read as they arrive, and the options of another API than Stripe's, for the
# client of tests/ruby/any_api.py (run by tests/ruby/test_any_api.py).
require "minitest/autorun"
require "socket"
require "any_api"

class TestAnyApiStreaming < Minitest::Test
  # Answers GET /events with a chunked stream: the first event, then nothing more until the
  # test says it has read that event; then a second one and `[DONE]`.
  def start_stream_server(gate)
    server = TCPServer.new("127.0.0.1", 0)
    thread = Thread.new do
      socket = server.accept
      nil while (line = socket.gets) && line != "\r\n"
      socket.write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
      chunk(socket, "event: tick\ndata: {\"n\": 1}\n\n")
      gate.pop # the client has the first event before the second is even written
      chunk(socket, "data: {\"n\": 2}\n\ndata: [DONE]\n\n")
      socket.write("0\r\n\r\n")
      socket.close
    end
    [server, thread]
  end

  def chunk(socket, text)
    socket.write("#{text.bytesize.to_s(16)}\r\n#{text}\r\n")
    socket.flush
  end

  def test_events_arrive_one_by_one
    gate = Queue.new
    server, thread = start_stream_server(gate)
    client = AnyApi::Client.new(base_url: "http://127.0.0.1:#{server.addr[1]}", api_key: "k", username: "u",
                                password: "p", max_retries: 0, timeout: 5)
    events = client.events.retrieve
    first = events.next
    assert_equal({ event: "tick", data: "{\"n\": 1}" }, first)
    gate << :go
    assert_equal({ data: "{\"n\": 2}" }, events.next)
    assert_raises(StopIteration) { events.next }
    thread.join(5)
  ensure
    server&.close
  end

  def test_stripe_options_are_refused
    client = AnyApi::Client.new(base_url: "http://127.0.0.1:9", api_key: "k", username: "u", password: "p")
    assert_raises(ArgumentError) { client.things.retrieve({}, { stripe_account: "acct_1" }) }
    assert_raises(ArgumentError) { client.things.retrieve({}, { stripe_version: "2024-01-01" }) }
    refute_respond_to client, :construct_event
  end
end
