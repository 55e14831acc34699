# frozen_string_literal: true

# Shared by the minitest files: the gem under test (`-I <gem>/lib`) and a scripted HTTP server.
require "minitest/autorun"
require "json"
require "socket"
require "stringio"
require "stripe_api"

# A one-connection-at-a-time HTTP/1.1 server on 127.0.0.1 answering with scripted actions:
# `[status, headers, body]`, `:reset` (a TCP RST without answering) or `[:hang, seconds]`.
class ScriptServer
  Request = Struct.new(:line, :headers, :body) do
    def target = line.split(" ")[1]
  end

  attr_reader :requests, :url

  def initialize(*actions)
    @server = TCPServer.new("127.0.0.1", 0)
    @url = "http://127.0.0.1:#{@server.addr[1]}"
    @actions = actions
    @requests = []
    @thread = Thread.new { serve }
  end

  def close
    @server.close
    @thread.join(2)
  end

  private

  def serve
    loop do
      client = @server.accept
      handle(client)
    rescue IOError, SystemCallError
      break if @server.closed?
    end
  end

  def handle(client)
    lines = []
    while (line = client.gets) && line != "\r\n"
      lines << line.chomp
    end
    headers = lines.drop(1).to_h { |entry| entry.split(":", 2).then { |name, value| [name.downcase, value.strip] } }
    body = client.read(headers["content-length"].to_i).to_s
    @requests << Request.new(lines.first.to_s, headers, body)
    respond(client, @actions.shift || [599, {}, { error: { message: "script exhausted" } }])
  end

  def respond(client, action)
    if action == :reset
      client.setsockopt(Socket::SOL_SOCKET, Socket::SO_LINGER, [1, 0].pack("ii"))
      return client.close
    end
    return (sleep(action[1]) || client.close) if action.first == :hang

    status, headers, payload = action
    data = payload.is_a?(String) ? payload : JSON.generate(payload)
    head = { "Content-Type" => "application/json", "Content-Length" => data.bytesize.to_s, "Connection" => "close" }
    text = "HTTP/1.1 #{status} Status\r\n" + head.merge(headers).map { |name, value| "#{name}: #{value}\r\n" }.join
    client.write(text + "\r\n" + data)
    client.close
  end
end

module ClientHelpers
  API_KEY = "sk_test_ruby_suite_key"

  def client_for(server, **options)
    Stripe::StripeClient.new(API_KEY, base_url: server.url, initial_network_retry_delay: 0, **options)
  end

  def with_server(*actions)
    server = ScriptServer.new(*actions)
    yield server
  ensure
    server&.close
  end
end

# An HTTP/1.1 server that keeps connections open (keep-alive), one thread per connection,
# answering every request with the block's `[status, headers, body]`; it counts the
# connections it accepted. As a proxy it sees absolute URLs in the request line.
class KeepAliveServer
  attr_reader :connections, :requests, :url

  def initialize(&answer)
    @server = TCPServer.new("127.0.0.1", 0)
    @url = "http://127.0.0.1:#{@server.addr[1]}"
    @answer = answer
    @connections = 0
    @requests = []
    @lock = Mutex.new
    @thread = Thread.new { serve }
  end

  def close
    @server.close
    @thread.join(2)
  end

  private

  def serve
    loop do
      client = @server.accept
      @lock.synchronize { @connections += 1 }
      Thread.new(client) { |socket| converse(socket) }
    rescue IOError, SystemCallError
      break if @server.closed?
    end
  end

  def converse(socket)
    while (line = socket.gets)
      headers = {}
      while (entry = socket.gets) && entry != "\r\n"
        name, value = entry.chomp.split(":", 2)
        headers[name.downcase] = value.strip
      end
      body = socket.read(headers["content-length"].to_i).to_s
      request = ScriptServer::Request.new(line.chomp, headers, body)
      @lock.synchronize { @requests << request }
      status, extra, payload = @answer.call(request)
      data = payload.is_a?(String) ? payload : JSON.generate(payload)
      head = { "Content-Type" => "application/json", "Content-Length" => data.bytesize.to_s }.merge(extra)
      socket.write("HTTP/1.1 #{status} Status\r\n#{head.map { |k, v| "#{k}: #{v}\r\n" }.join}\r\n#{data}")
    end
  rescue IOError, SystemCallError
    nil
  ensure
    socket.close unless socket.closed?
  end
end
