// A package of another API (tests/typescript/test_ts_client.py's CHAT_SPEC), imported by its
// name: JSON bodies, a `createStream` twin answering server-sent events, a download as bytes,
// errors under the API's names (`ChatError`) and the runtime's (`NotFoundError`).
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";

import Chat, { ChatError, NotFoundError, type Chunk, type Completion } from "chat";

interface Seen {
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

let server: Server;
let base = "";
const seen: Seen[] = [];

before(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString();
      seen.push({ url: request.url ?? "", headers: request.headers, body });
      if (request.url === "/completions" && (JSON.parse(body) as { stream?: boolean }).stream === true) {
        response.writeHead(200, { "content-type": "text/event-stream" });
        response.end('data: {"delta":"Hel"}\n\ndata: {"delta":"lo"}\n\ndata: [DONE]\n\n');
      } else if (request.url === "/completions") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ id: "cmpl_1", text: "Hello" }));
      } else if (request.url === "/files/f%201/content") {
        response.writeHead(200, { "content-type": "application/octet-stream" });
        response.end(Buffer.from([0, 1, 2, 255]));
      } else {
        response.writeHead(404, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { message: "no such file" } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const client = (): Chat => new Chat("key_1", { baseUrl: base, maxRetries: 0 });

test("a JSON body, answered as JSON", async () => {
  const completion: Completion = await client().completions.create({ prompt: "Hi" });
  assert.equal(completion.text, "Hello");
  const last = seen.at(-1);
  assert.equal(last?.body, '{"prompt":"Hi"}');
  assert.equal(last?.headers["content-type"], "application/json");
  assert.equal(last?.headers["authorization"], "Bearer key_1");
});

test("the stream twin sends stream: true and yields every event", async () => {
  const stream = await client().completions.createStream({ prompt: "Hi" });
  const deltas: string[] = [];
  for await (const chunk of stream) deltas.push((chunk satisfies Chunk).delta);
  assert.deepEqual(deltas, ["Hel", "lo"]);
  const last = seen.at(-1);
  assert.equal(last?.body, '{"prompt":"Hi","stream":true}');
  assert.equal(last?.headers["accept"], "text/event-stream");
});

test("a download is an ArrayBuffer; a 404 is a NotFoundError and a ChatError", async () => {
  const bytes: ArrayBuffer = await client().files.content("f 1");
  assert.deepEqual([...new Uint8Array(bytes)], [0, 1, 2, 255]);
  const error: unknown = await client().files.content("missing").then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof NotFoundError);
  assert.ok(error instanceof ChatError);
  assert.equal(error.status, 404);
});
