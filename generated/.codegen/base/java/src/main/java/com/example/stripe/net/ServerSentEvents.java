package com.example.stripe.net;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The events of a {@code text/event-stream} answer (WHATWG's format), read as they arrive:
 * {@code for (ServerSentEvents.Event event : ServerSentEvents.of(stream)) ...}. A {@code data:
 * [DONE]} event ends the stream, as OpenAI-style APIs send it; closing releases the connection.
 */
public final class ServerSentEvents implements Iterable<ServerSentEvents.Event>, Closeable {
  private final BufferedReader reader;

  private ServerSentEvents(InputStream stream) {
    this.reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
  }

  /** The events of {@code stream} (a streaming method's answer). */
  public static ServerSentEvents of(InputStream stream) {
    return new ServerSentEvents(stream);
  }

  @Override
  public Iterator<Event> iterator() {
    return new Iterator<Event>() {
      private Event next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = read();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public Event next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Event event = next;
        next = null;
        return event;
      }
    };
  }

  private Event read() {
    String name = "message";
    String id = null;
    StringBuilder data = null;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          if (data == null) {
            continue;  // a blank line with no data: no event
          }
          String text = data.toString();
          return "[DONE]".equals(text) ? null : new Event(name, id, text);
        }
        if (line.startsWith(":")) {
          continue;  // a comment
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        if (field.equals("data")) {
          data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
        } else if (field.equals("event")) {
          name = value;
        } else if (field.equals("id")) {
          id = value;
        }
      }
    } catch (IOException error) {
      throw new UncheckedIOException(error);
    }
    return data == null || "[DONE]".equals(data.toString()) ? null : new Event(name, id, data.toString());
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** One event: its name ({@code message} unless the stream says), id and data. */
  public static final class Event {
    private final String name;
    private final String id;
    private final String data;

    Event(String name, String id, String data) {
      this.name = name;
      this.id = id;
      this.data = data;
    }

    public String getName() {
      return name;
    }

    public String getId() {
      return id;
    }

    public String getData() {
      return data;
    }

    /** The data as JSON, or null when it is not JSON. */
    public JsonElement getJson() {
      try {
        return JsonParser.parseString(data);
      } catch (JsonParseException notJson) {
        return null;
      }
    }

    /** The data read as a model of {@code type} (the spec's event schema). */
    public <T> T as(Class<T> type) {
      JsonElement json = getJson();
      return json != null && json.isJsonObject() && ApiObject.class.isAssignableFrom(type)
          ? ModelReader.readObject(json.getAsJsonObject(), type)
          : null;
    }

    @Override
    public String toString() {
      return "Event[" + name + (id == null ? "" : " " + id) + "]";
    }
  }
}
