/**
 * Server-sent events (`text/event-stream`) as an async iterable.
 *
 * `Stream` reads one response's events as they arrive, parses each event's `data` as JSON
 * (left as text when it is not JSON) and hands it to the operation's parser. The stream ends
 * at the end of the body or at a `data: [DONE]` event; an `event: error` event throws the
 * API's error. The connection is closed when the stream is read to its end, when a
 * `for await` loop over it stops early (`break`, `return`, a throw), or on `close()`.
 *
 * The wire format is the WHATWG one: lines (ended by CRLF, LF or CR) of `field: value`; the
 * `data` lines of one event are joined with newlines; a blank line ends an event; lines
 * starting with `:` are comments.
 */

import type { RawResponse } from "./api-promise.js";

export const DONE = "[DONE]";

/** One server-sent event, before its data is parsed. */
export interface ServerSentEvent {
  readonly data: string;
  readonly event: string;
  readonly id: string | undefined;
}

/** Turns lines into events; one per stream (it keeps the event being built). */
export class EventDecoder {
  #data: string[] = [];
  #event = "";
  #id: string | undefined;

  /** Feed one line (without its ending); an event when the line completes one. */
  line(line: string): ServerSentEvent | undefined {
    if (line === "") {
      if (this.#data.length === 0) {
        this.#event = "";
        return undefined;
      }
      const event = { data: this.#data.join("\n"), event: this.#event || "message", id: this.#id };
      this.#data = [];
      this.#event = "";
      return event;
    }
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.#data.push(value);
    else if (field === "event") this.#event = value;
    else if (field === "id" && !value.includes("\u0000")) this.#id = value;
    return undefined;
  }

  /** The end of the stream: the last event when it was not ended by a blank line. */
  end(): ServerSentEvent | undefined {
    return this.line("");
  }
}

/** The lines of a byte stream (UTF-8), without their endings. */
export async function* lines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = "";
  let skipLf = false; // the previous chunk ended with CR: a LF opening this one belongs to it
  const split = function* (text: string): Generator<string> {
    let start = 0;
    for (let at = 0; at < text.length; at++) {
      const char = text[at];
      if (char === "\n" && skipLf && at === 0) {
        start = 1;
        skipLf = false;
        continue;
      }
      skipLf = false;
      if (char === "\r" || char === "\n") {
        yield buffer + text.slice(start, at);
        buffer = "";
        if (char === "\r") {
          if (text[at + 1] === "\n") at++;
          else if (at + 1 === text.length) skipLf = true;
        }
        start = at + 1;
      }
    }
    buffer += text.slice(start);
  };
  for await (const chunk of chunks) yield* split(decoder.decode(chunk, { stream: true }));
  yield* split(decoder.decode());
  if (buffer !== "") yield buffer;
}

/** The events of a byte stream. */
export async function* events(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new EventDecoder();
  for await (const line of lines(chunks)) {
    const event = decoder.line(line);
    if (event !== undefined) yield event;
  }
  const last = decoder.end();
  if (last !== undefined) yield last;
}

/** The chunks of a response body, the reader released (and the body cancelled) when the loop stops. */
export async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const step = await reader.read();
      if (step.done) {
        done = true;
        return;
      }
      yield step.value;
    }
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** How a `Stream` turns what it reads into items and errors (given by the requestor). */
export interface StreamHandlers<T> {
  /** Turns one event's parsed data into the item. */
  readonly parse: (value: unknown) => T;
  /** The error of an `event: error` event. */
  readonly fail: (event: ServerSentEvent, value: unknown) => Error;
  /** The error of a connection lost (or aborted by the caller's signal) while reading. */
  readonly lost: (cause: unknown) => Error;
}

/** A stream of parsed events; `for await` it once. */
export class Stream<T> implements AsyncIterable<T> {
  readonly response: RawResponse;
  readonly #body: ReadableStream<Uint8Array> | null;
  readonly #handlers: StreamHandlers<T>;
  readonly #controller: AbortController;
  #used = false;

  /**
   * @param body the response body, unread
   * @param controller aborts the request (the connection is closed with it)
   */
  constructor(response: RawResponse, body: ReadableStream<Uint8Array> | null, handlers: StreamHandlers<T>, controller: AbortController) {
    this.response = response;
    this.#body = body;
    this.#handlers = handlers;
    this.#controller = controller;
  }

  /** The chunks of the body, a failure to read them turned into the API's connection error. */
  async *#chunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
    const source = chunksOf(body);
    try {
      for (;;) {
        let step: IteratorResult<Uint8Array>;
        try {
          step = await source.next();
        } catch (cause) {
          throw this.#handlers.lost(cause);
        }
        if (step.done) return;
        yield step.value;
      }
    } finally {
      await source.return(undefined);
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    if (this.#used) throw new TypeError("a Stream can be iterated only once");
    this.#used = true;
    if (this.#body === null) return;
    try {
      for await (const event of events(this.#chunks(this.#body))) {
        if (event.data === DONE) break;
        let value: unknown;
        try {
          value = JSON.parse(event.data);
        } catch {
          value = event.data;
        }
        if (event.event === "error") throw this.#handlers.fail(event, value);
        yield this.#handlers.parse(value);
      }
    } finally {
      this.#controller.abort(); // ended, stopped early, or failed: close the connection
    }
  }

  /** Close the connection without reading the rest. */
  close(): void {
    if (!this.#used && this.#body !== null) void this.#body.cancel().catch(() => undefined);
    this.#used = true;
    this.#controller.abort();
  }
}
