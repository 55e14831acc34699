// The server-sent events decoder on chunks split anywhere: line endings, UTF-8 sequences.
import assert from "node:assert/strict";
import { test } from "node:test";

import { events, lines } from "../../../templates/typescript/runtime/index.js";

async function* chunks(...parts: Array<string | number[]>): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === "string" ? new TextEncoder().encode(part) : new Uint8Array(part);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

test("lines end at CRLF, LF or CR, a CRLF split between chunks counted once", async () => {
  assert.deepEqual(await collect(lines(chunks("a\r\nb\nc\rd"))), ["a", "b", "c", "d"]);
  assert.deepEqual(await collect(lines(chunks("a\r", "\nb\r", "", "\n", "\n"))), ["a", "b", ""]);
  assert.deepEqual(await collect(lines(chunks("a\r", "\r", "b"))), ["a", "", "b"]);
  assert.deepEqual(await collect(lines(chunks("x", "y", "\n"))), ["xy"]);
});

test("a UTF-8 character split between chunks", async () => {
  const bytes = [...new TextEncoder().encode("data: Zoë ✓\n\n")];
  for (let cut = 1; cut < bytes.length; cut++) {
    const got = await collect(events(chunks(bytes.slice(0, cut), bytes.slice(cut))));
    assert.deepEqual(got, [{ data: "Zoë ✓", event: "message", id: undefined }], `cut at ${cut}`);
  }
});

test("events: multi-line data, event names, ids, comments, a last event without a blank line", async () => {
  const got = await collect(events(chunks(": hi\nid: 7\nevent: delta\ndata: a\ndata:b\n\nevent: ping\n\ndata: end")));
  assert.deepEqual(got, [
    { data: "a\nb", event: "delta", id: "7" },
    { data: "end", event: "message", id: "7" },
  ]);
});
