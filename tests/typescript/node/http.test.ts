// The requestor against a local HTTP server (node:http on 127.0.0.1): retries with one
// idempotency key, timeouts, auth schemes, OAuth2 tokens, pages of every style, server-sent
// events, uploads, errors and the API key kept out of them.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import { inspect } from "node:util";

import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  Auth,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  UnprocessableEntityError,
  CardError,
  FilePath,
  ConflictError,
  IdempotencyError,
  InternalServerError,
  InvalidRequestError,
  MissingCredentialsError,
  PermissionDeniedError,
  RateLimitError,
  Requestor,
  RetryPolicy,
  type PageSpec,
  type RequestEvent,
  type RequestorConfig,
  type ResponseEvent,
  type Route,
  type StripeRequestOptions,
} from "../../../templates/typescript/runtime/index.js";

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
}

type Handler = (request: IncomingMessage, response: ServerResponse, seen: Seen, index: number) => void;

let server: Server;
let base = "";
let port = 0;
let handler: Handler = (_request, response) => response.end("{}");
let seen: Seen[] = [];
const closed: string[] = [];

before(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const record = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) };
      seen.push(record);
      response.on("close", () => closed.push(record.url));
      handler(request, response, record, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  seen = [];
  closed.length = 0;
  handler = (_request, response) => json(response, 200, {});
});

function json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "application/json", ...headers });
  response.end(JSON.stringify(body));
}

const KEY = "sk_test_SECRET0123456789";
const sleeps: number[] = [];

function client(config: Partial<RequestorConfig> = {}): Requestor {
  return new Requestor({
    baseUrl: base,
    auth: KEY,
    userAgent: "test-sdk/1.0.0",
    retryPolicy: new RetryPolicy({ initialDelay: 0.001, maxDelay: 0.002 }),
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    ...config,
  });
}

const POST: Route = { method: "POST", path: "/v1/customers", body: { email: "a@example.com" } };

describe("retries", () => {
  beforeEach(() => {
    sleeps.length = 0;
  });

  for (const status of [500, 503, 409]) {
    test(`${status} then 200: retried with the same Idempotency-Key`, async () => {
      handler = (_request, response, _seen, index) => (index === 0 ? json(response, status, { error: { message: "later" } }) : json(response, 200, { id: "cus_1" }));
      const customer = await client().request<{ id: string }>(POST);
      assert.equal(customer.id, "cus_1");
      assert.equal(seen.length, 2);
      const keys = seen.map((request) => request.headers["idempotency-key"]);
      assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
      assert.equal(keys[0], keys[1]);
      assert.equal(seen[0]?.body.toString(), "email=a%40example.com");
      assert.equal(seen[1]?.body.toString(), "email=a%40example.com");
    });
  }

  test("429 with Retry-After waits what the server asks", async () => {
    handler = (_request, response, _seen, index) => (index === 0 ? json(response, 429, {}, { "Retry-After": "2" }) : json(response, 200, { ok: true }));
    await client().request(POST);
    assert.deepEqual(sleeps, [2000]);
    assert.equal(seen.length, 2);
  });

  test("Stripe-Should-Retry overrides the status", async () => {
    handler = (_request, response) => json(response, 500, { error: { message: "no" } }, { "Stripe-Should-Retry": "false" });
    await assert.rejects(client().request(POST), InternalServerError);
    assert.equal(seen.length, 1);
    seen = [];
    handler = (_request, response, _seen, index) => (index === 0 ? json(response, 400, {}, { "Stripe-Should-Retry": "true" }) : json(response, 200, {}));
    await client().request(POST);
    assert.equal(seen.length, 2);
  });

  test("gives up after maxRetries, per client and per call", async () => {
    handler = (_request, response) => json(response, 502, { error: { message: "down" } });
    await assert.rejects(client({ maxRetries: 3 }).request(POST), InternalServerError);
    assert.equal(seen.length, 4);
    seen = [];
    await assert.rejects(client({ maxRetries: 3 }).request(POST, { maxRetries: 0 }), InternalServerError);
    assert.equal(seen.length, 1);
  });

  test("a reset connection is retried, with the same key", async () => {
    handler = (request, response, _seen, index) => (index === 0 ? request.socket.destroy() : json(response, 200, { ok: 1 }));
    assert.deepEqual(await client().request(POST, { idempotencyKey: "order-42" }), { ok: 1 });
    assert.deepEqual(
      seen.map((request) => request.headers["idempotency-key"]),
      ["order-42", "order-42"],
    );
  });

  test("a reset connection, retries spent: APIConnectionError naming the call, not the key", async () => {
    handler = (request) => request.socket.destroy();
    const error = await client({ maxRetries: 1 }).request(POST).then(
      () => assert.fail("no error"),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof APIConnectionError && !(error instanceof APIConnectionTimeoutError));
    assert.match(error.message, /POST \/v1\/customers\) after 2 attempts/);
    assert.ok(!String(error).includes(KEY) && !inspect(error).includes(KEY));
    assert.equal(seen.length, 2);
  });

  test("a hung attempt is timed out and retried", async () => {
    handler = (_request, response, _seen, index) => {
      if (index > 0) json(response, 200, { ok: 2 });
    };
    assert.deepEqual(await client({ timeout: 200 }).request(POST), { ok: 2 });
    assert.equal(seen.length, 2);
    assert.equal(seen[0]?.headers["idempotency-key"], seen[1]?.headers["idempotency-key"]);
    seen = [];
    handler = () => undefined;
    await assert.rejects(client().request(POST, { timeout: 100, maxRetries: 1 }), APIConnectionTimeoutError);
    assert.equal(seen.length, 2);
  });

  test("the caller's signal stops the call, never retried", async () => {
    handler = () => undefined;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(client().request(POST, { signal: controller.signal }), APIUserAbortError);
    assert.equal(seen.length, 1);
  });

  test("backoff grows with jitter within the policy's bounds", () => {
    const policy = new RetryPolicy({ random: () => 0.999 });
    assert.ok(policy.backoff(1) < 0.5 && policy.backoff(1) > 0.49);
    assert.ok(policy.backoff(3) < 2 && policy.backoff(3) > 1.99);
    assert.ok(policy.backoff(30) <= 8);
    assert.equal(policy.retryAfter(new Headers({ "retry-after": "120" })), 60);
    assert.ok((policy.retryAfter(new Headers({ "retry-after": new Date(Date.now() + 5000).toUTCString() })) ?? 0) > 3);
  });
});

describe("authentication", () => {
  const schemes = {
    bearer: { kind: "bearer" },
    basic: { kind: "basic" },
    header: { kind: "apiKey", in: "header", name: "X-Api-Key" },
    query: { kind: "apiKey", in: "query", name: "api_key" },
    cookie: { kind: "apiKey", in: "cookie", name: "session" },
  } as const;
  const GET: Route = { method: "GET", path: "/v1/things", query: { limit: 2 } };

  test("bearer, basic, API keys in a header, the query or a cookie", async () => {
    const auth = new Auth(schemes, ["bearer"], { apiKey: "key_1", username: "ACxx", password: "pw" });
    const api = client({ auth });
    await api.request(GET);
    await api.request({ ...GET, security: ["basic"] });
    await api.request({ ...GET, security: ["header"] });
    await api.request({ ...GET, security: ["query"] });
    await api.request({ ...GET, security: ["cookie"] });
    await api.request({ ...GET, security: ["basic", "bearer"] });
    assert.equal(seen[0]?.headers.authorization, "Bearer key_1");
    assert.equal(seen[1]?.headers.authorization, `Basic ${Buffer.from("ACxx:pw").toString("base64")}`);
    assert.equal(seen[2]?.headers["x-api-key"], "key_1");
    assert.equal(seen[2]?.headers.authorization, undefined);
    assert.equal(seen[3]?.url, "/v1/things?limit=2&api_key=key_1");
    assert.equal(seen[4]?.headers.cookie, "session=key_1");
    assert.equal(seen[5]?.headers.authorization?.slice(0, 6), "Basic ");
  });

  test("security [] sends nothing; a missing credential fails before sending", async () => {
    const api = client({ auth: new Auth(schemes, ["basic"], { apiKey: "key_1" }) });
    await api.request({ ...GET, security: [] });
    assert.equal(seen[0]?.headers.authorization, undefined);
    await assert.rejects(api.request(GET), (error: unknown) => error instanceof MissingCredentialsError && /username and password/.test(error.message));
    assert.equal(seen.length, 1);
    assert.throws(() => new Auth(schemes, [], { apiKey: "key with space" }), (error: unknown) => error instanceof TypeError && !error.message.includes("key with"));
  });

  test("a per-request apiKey, a tokenProvider", async () => {
    await client().request(GET, { apiKey: "sk_other" });
    assert.equal(seen[0]?.headers.authorization, "Bearer sk_other");
    let calls = 0;
    const auth = new Auth(schemes, ["bearer"], { tokenProvider: async () => `tok_${++calls}` });
    await client({ auth }).request(GET);
    await client({ auth }).request(GET);
    assert.deepEqual([seen[1]?.headers.authorization, seen[2]?.headers.authorization], ["Bearer tok_1", "Bearer tok_2"]);
  });

  test("User-Agent with the app info; extra headers win", async () => {
    await client({ appInfo: { name: "MyApp", version: "2.0", url: "https://app.example" } }).request(GET, { headers: { "X-Extra": "1", Accept: "text/csv" } });
    assert.equal(seen[0]?.headers["user-agent"], "test-sdk/1.0.0 MyApp/2.0 (https://app.example)");
    assert.equal(seen[0]?.headers["x-extra"], "1");
    assert.equal(seen[0]?.headers.accept, "text/csv");
    assert.equal(seen[0]?.headers["idempotency-key"], undefined);
  });

  test("Stripe-Version and Stripe-Account only for a Stripe-dialect client", async () => {
    // The requestor takes any API's `RequestOptions`; a Stripe client's calls hand it Stripe's.
    const perCall: StripeRequestOptions = { apiVersion: "2025-01-01", stripeAccount: "acct_1" };
    const acct2: StripeRequestOptions = { stripeAccount: "acct_2" };
    const stripe = client({ dialect: "stripe", apiVersion: "2024-06-20" });
    await stripe.request(GET);
    await stripe.request(GET, perCall);
    await stripe.withOptions(acct2).request(GET);
    assert.equal(seen[0]?.headers["stripe-version"], "2024-06-20");
    assert.equal(seen[0]?.headers["stripe-account"], undefined);
    assert.equal(seen[1]?.headers["stripe-version"], "2025-01-01");
    assert.equal(seen[1]?.headers["stripe-account"], "acct_1");
    assert.equal(seen[2]?.headers["stripe-account"], "acct_2");
    assert.ok(JSON.parse(String(seen[0]?.headers["x-stripe-client-user-agent"])).lang === "typescript");
    assert.throws(() => client({ apiVersion: "2024-06-20" }), TypeError);
    const acct1: StripeRequestOptions = { stripeAccount: "acct_1" };
    await assert.rejects(client().request(GET, acct1), TypeError);
    await client().request(GET);
    assert.equal(seen.at(-1)?.headers["stripe-version"], undefined);
  });

  test("plain http is refused for other hosts", () => {
    assert.throws(() => client({ baseUrl: "http://api.example.com" }), /plain http/);
    assert.throws(() => client({ baseUrl: "https://api.example.com/v1?x=1" }), TypeError);
    client({ baseUrl: "https://api.example.com/v1/" });
    client({ baseUrl: "http://localhost:1" });
  });
});

describe("OAuth2 client credentials", () => {
  const schemes = { oauth: { kind: "oauth2", tokenUrl: "/oauth/token" } } as const;
  let tokens = 0;
  let expiresIn = 3600;
  let refuse = new Set<string>();

  beforeEach(() => {
    tokens = 0;
    expiresIn = 3600;
    refuse = new Set();
    handler = (request, response, record) => {
      if (request.url === "/oauth/token") {
        tokens++;
        setTimeout(() => json(response, 200, { access_token: `tok_${tokens}`, token_type: "bearer", expires_in: expiresIn }), 50);
        return;
      }
      const auth = String(record.headers.authorization);
      if (refuse.has(auth)) json(response, 401, { error: { message: `token ${auth} expired` } });
      else json(response, 200, { auth });
    };
  });

  function oauth(): Requestor {
    return client({ auth: new Auth(schemes, ["oauth"], { clientId: "client_1", clientSecret: "secret_1" }) });
  }

  test("one token, fetched with HTTP Basic, shared by concurrent calls and kept", async () => {
    const api = oauth();
    const answers = await Promise.all([1, 2, 3].map(() => api.request<{ auth: string }>({ method: "GET", path: "/v1/x" })));
    assert.deepEqual(
      answers.map((answer) => answer.auth),
      ["Bearer tok_1", "Bearer tok_1", "Bearer tok_1"],
    );
    await api.request({ method: "GET", path: "/v1/x" });
    assert.equal(tokens, 1);
    const grant = seen.find((request) => request.url === "/oauth/token");
    assert.equal(grant?.headers.authorization, `Basic ${Buffer.from("client_1:secret_1").toString("base64")}`);
    assert.equal(grant?.body.toString(), "grant_type=client_credentials");
    assert.equal(grant?.method, "POST");
  });

  test("kept until expires_in less 30 seconds", async () => {
    expiresIn = 30; // already past its margin: fetched for every call
    const api = oauth();
    await api.request({ method: "GET", path: "/v1/x" });
    await api.request({ method: "GET", path: "/v1/x" });
    assert.equal(tokens, 2);
  });

  test("a 401 fetches a new token once and resends the call with the same Idempotency-Key", async () => {
    const api = oauth();
    await api.request({ method: "GET", path: "/v1/x" });
    refuse.add("Bearer tok_1");
    const answer = await api.request<{ auth: string }>({ method: "POST", path: "/v1/charge", body: { a: 1 } });
    assert.equal(answer.auth, "Bearer tok_2");
    const posts = seen.filter((request) => request.url === "/v1/charge");
    assert.equal(posts.length, 2);
    assert.equal(posts[0]?.headers["idempotency-key"], posts[1]?.headers["idempotency-key"]);
    refuse.add("Bearer tok_2");
    refuse.add("Bearer tok_3");
    const error = await api.request({ method: "GET", path: "/v1/x" }).then(
      () => assert.fail("no error"),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof AuthenticationError);
    assert.equal(tokens, 3);
    assert.ok(!error.message.includes("tok_3") && !error.message.includes("tok_2"), error.message);
  });
});

describe("pages", () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `obj_${i}` }));

  function serve(make: (url: URL) => { body: unknown; headers?: Record<string, string> }): void {
    handler = (request, response) => {
      const answer = make(new URL(request.url ?? "/", base));
      json(response, 200, answer.body, answer.headers ?? {});
    };
  }

  async function all(spec: PageSpec, route: Route): Promise<string[]> {
    const ids: string[] = [];
    for await (const item of client().requestPage<{ id: string }>(route, spec)) ids.push(item.id);
    return ids;
  }

  const ALL = items.map((item) => item.id);

  test("Stripe lists: starting_after; awaitable for the first page", async () => {
    serve((url) => {
      const after = url.searchParams.get("starting_after");
      const start = after ? items.findIndex((item) => item.id === after) + 1 : 0;
      const data = items.slice(start, start + 3);
      return { body: { object: "list", data, has_more: start + 3 < items.length, url: "/v1/things" } };
    });
    const route: Route = { method: "GET", path: "/v1/things", query: { limit: 3 } };
    assert.deepEqual(await all({ style: "list" }, route), ALL);
    assert.deepEqual(
      seen.map((request) => request.url),
      ["/v1/things?limit=3", "/v1/things?limit=3&starting_after=obj_2", "/v1/things?limit=3&starting_after=obj_5"],
    );
    const first = await client().requestPage<{ id: string }>(route, { style: "list" });
    assert.deepEqual(
      first.data.map((item) => item.id),
      ["obj_0", "obj_1", "obj_2"],
    );
    assert.ok(first.hasMore);
    assert.equal(first.response.status, 200);
    assert.deepEqual(
      (await client().requestPage<{ id: string }>(route, { style: "list" }).autoPagingToArray({ limit: 4 })).map((item) => item.id),
      ALL.slice(0, 4),
    );
  });

  test("Stripe lists walked backwards with ending_before", async () => {
    serve((url) => {
      const before = url.searchParams.get("ending_before") ?? "";
      const end = items.findIndex((item) => item.id === before);
      const data = items.slice(Math.max(0, end - 3), end);
      return { body: { object: "list", data, has_more: end - 3 > 0 } };
    });
    assert.deepEqual(await all({ style: "list" }, { method: "GET", path: "/v1/things", query: { ending_before: "obj_6" } }), ["obj_5", "obj_4", "obj_3", "obj_2", "obj_1", "obj_0"]);
  });

  test("Stripe search: next_page", async () => {
    serve((url) => {
      const page = Number(url.searchParams.get("page") ?? "0");
      return { body: { object: "search_result", data: items.slice(page * 4, page * 4 + 4), has_more: page === 0, next_page: page === 0 ? "1" : null } };
    });
    assert.deepEqual(await all({ style: "search" }, { method: "GET", path: "/v1/things/search", query: { query: "x" } }), ALL);
    assert.equal(seen[1]?.url, "/v1/things/search?query=x&page=1");
  });

  test("a cursor field sent back as a param", async () => {
    serve((url) => {
      const at = Number(url.searchParams.get("after") ?? "0");
      return { body: { results: items.slice(at, at + 3), meta: { next: at + 3 < items.length ? String(at + 3) : null } } };
    });
    assert.deepEqual(await all({ style: "cursor", items: "results", next: "meta.next", param: "after" }, { method: "GET", path: "/v1/c" }), ALL);
  });

  test("offset and limit; page numbers", async () => {
    serve((url) => {
      const limit = Number(url.searchParams.get("limit"));
      const offset = url.searchParams.has("offset") ? Number(url.searchParams.get("offset")) : (Number(url.searchParams.get("page") ?? "1") - 1) * limit;
      return { body: items.slice(offset, offset + limit) };
    });
    assert.deepEqual(await all({ style: "offset", items: "", param: "offset", sizeParam: "limit" }, { method: "GET", path: "/v1/o", query: { limit: 3 } }), ALL);
    assert.equal(seen.length, 3); // the short third page ends it
    seen = [];
    assert.deepEqual(await all({ style: "page", items: "", param: "page", sizeParam: "limit" }, { method: "GET", path: "/v1/p", query: { limit: 2 } }), ALL);
    assert.deepEqual(
      seen.map((request) => request.url),
      ["/v1/p?limit=2", "/v1/p?limit=2&page=2", "/v1/p?limit=2&page=3", "/v1/p?limit=2&page=4"],
    );
  });

  test("a next URL in the body, relative or absolute", async () => {
    serve((url) => {
      const at = Number(url.searchParams.get("from") ?? "0");
      const next = at + 3 < items.length ? (at === 0 ? `/v2/n?from=${at + 3}` : `${base}/v2/n?from=${at + 3}`) : null;
      return { body: { data: items.slice(at, at + 3), next_page_uri: next } };
    });
    assert.deepEqual(await all({ style: "next_url", next: "next_page_uri" }, { method: "GET", path: "/v2/n" }), ALL);
  });

  test("an RFC 8288 Link header", async () => {
    serve((url) => {
      const at = Number(url.searchParams.get("from") ?? "0");
      const headers: Record<string, string> = at + 3 < items.length ? { Link: `<${base}/v1/l?first=1>; rel="first", <${base}/v1/l?from=${at + 3}>; rel="next"` } : {};
      return { body: items.slice(at, at + 3), headers };
    });
    assert.deepEqual(await all({ style: "link", items: "" }, { method: "GET", path: "/v1/l" }), ALL);
  });

  test("a next URL on another host is never followed", async () => {
    serve(() => ({ body: { data: items.slice(0, 2), next: `http://localhost:${port}/v1/stolen` }, headers: { Link: `<https://evil.example/x>; rel="next"` } }));
    assert.deepEqual(await all({ style: "next_url", next: "next" }, { method: "GET", path: "/v1/h" }), ["obj_0", "obj_1"]);
    assert.deepEqual(await all({ style: "link" }, { method: "GET", path: "/v1/h" }), ["obj_0", "obj_1"]);
    assert.deepEqual(
      seen.map((request) => request.url),
      ["/v1/h", "/v1/h"],
    );
  });
});

describe("server-sent events", () => {
  test("stopping the loop early closes the connection", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "Content-Type": "text/event-stream" });
      let n = 0;
      const timer = setInterval(() => {
        response.write(`data: {"n": ${n++}}\n\n`);
      }, 10);
      response.on("close", () => clearInterval(timer));
    };
    const stream = await client().requestStream<{ n: number }>({ method: "POST", path: "/v1/stream", body: { stream: true }, encoding: "json" });
    const got: number[] = [];
    for await (const event of stream) {
      got.push(event.n);
      if (got.length === 3) break;
    }
    assert.deepEqual(got, [0, 1, 2]);
    assert.equal(seen[0]?.headers.accept, "text/event-stream");
    for (let i = 0; i < 50 && closed.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(closed, ["/v1/stream"]);
  });

  test("events end at [DONE]; multi-line data, comments, CRLF, split chunks", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "Content-Type": "text/event-stream" });
      response.write(': comment\r\ndata: {"a":\r\ndata: 1}\r');
      response.write("\n\r\nevent: delta\ndata: plain text\n\ndata: [DONE]\n\ndata: {\"after\": true}\n\n");
      // never ended: [DONE] must end the stream
    };
    const values: unknown[] = [];
    for await (const value of await client().requestStream({ method: "GET", path: "/v1/events" })) values.push(value);
    assert.deepEqual(values, [{ a: 1 }, "plain text"]);
  });

  test("a stream cut by the server, or stopped by the caller's signal, throws the API's errors", async () => {
    handler = (request, response) => {
      response.writeHead(200, { "Content-Type": "text/event-stream" });
      response.write('data: {"n": 1}\n\n');
      if (request.url === "/v1/cut") setTimeout(() => request.socket.destroy(), 50);
    };
    const got: unknown[] = [];
    await assert.rejects(async () => {
      for await (const value of await client().requestStream({ method: "GET", path: "/v1/cut" })) got.push(value);
    }, (error: unknown) => error instanceof APIConnectionError && /event stream of GET \/v1\/cut was cut/.test(error.message));
    assert.deepEqual(got, [{ n: 1 }]);
    const controller = new AbortController();
    await assert.rejects(async () => {
      for await (const _ of await client().requestStream({ method: "GET", path: "/v1/slow" }, { signal: controller.signal })) controller.abort();
    }, APIUserAbortError);
  });

  test("an error event throws the API's error", async () => {
    handler = (_request, response) => {
      response.writeHead(200, { "Content-Type": "text/event-stream" });
      response.end('data: {"x":1}\n\nevent: error\ndata: {"error": {"message": "overloaded", "type": "api_error"}}\n\n');
    };
    const values: unknown[] = [];
    await assert.rejects(async () => {
      for await (const value of await client().requestStream({ method: "GET", path: "/v1/events" })) values.push(value);
    }, (error: unknown) => error instanceof InternalServerError && error.message === "overloaded");
    assert.deepEqual(values, [{ x: 1 }]);
  });
});

describe("bodies and answers", () => {
  test("multipart uploads from bytes, a Blob, a stream and a path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ts-upload-"));
    const path = join(dir, "evidence.pdf");
    writeFileSync(path, Buffer.from("%PDF-1.4 hello"));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2]));
        controller.enqueue(new Uint8Array([3]));
        controller.close();
      },
    });
    await client().request({
      method: "POST",
      path: "/v1/files",
      encoding: "multipart",
      body: {
        purpose: "dispute_evidence",
        file_link_data: { create: true },
        file: new FilePath(path),
        not_a_file: { path: "/etc/passwd" },
        bytes: new Uint8Array([0, 255, 10, 13]),
        blob: new Blob(["text"], { type: "text/plain" }),
        stream: { data: stream, name: "s.bin" },
      },
    });
    const request = seen[0];
    assert.ok(request);
    assert.match(String(request.headers["content-type"]), /^multipart\/form-data; boundary=/);
    const form = await new Response(new Uint8Array(request.body), { headers: { "Content-Type": String(request.headers["content-type"]) } }).formData();
    assert.equal(form.get("purpose"), "dispute_evidence");
    assert.equal(form.get("file_link_data[create]"), "true");
    assert.equal(form.get("not_a_file[path]"), "/etc/passwd");
    const file = form.get("file") as File;
    assert.equal(file.name, "evidence.pdf");
    assert.equal(file.type, "application/pdf");
    assert.equal(await file.text(), "%PDF-1.4 hello");
    assert.deepEqual([...new Uint8Array(await (form.get("bytes") as File).arrayBuffer())], [0, 255, 10, 13]);
    assert.equal((form.get("blob") as File).type, "text/plain");
    assert.deepEqual([...new Uint8Array(await (form.get("stream") as File).arrayBuffer())], [1, 2, 3]);
    assert.equal((form.get("stream") as File).name, "s.bin");
  });

  test("a form body byte for byte; JSON; raw bytes; query params of a GET", async () => {
    const api = client();
    await api.request({ method: "POST", path: "/v1/customer_sessions", body: { customer: "cus_123", components: { pricing_table: { enabled: true } } } });
    await api.request({ method: "POST", path: "/v1/j", body: { a: [1, null], b: null }, encoding: "json" });
    await api.request({ method: "PUT", path: "/v1/raw", body: new Uint8Array([7, 8]), encoding: "binary", mediaType: "image/png" });
    await api.request({ method: "GET", path: "/v1/q", query: { expand: ["a"], tags: ["x", "y"] }, repeated: ["tags"] });
    assert.equal(seen[0]?.body.toString(), "customer=cus_123&components%5Bpricing_table%5D%5Benabled%5D=true");
    assert.equal(seen[0]?.headers["content-type"], "application/x-www-form-urlencoded");
    assert.equal(seen[1]?.body.toString(), '{"a":[1,null]}');
    assert.equal(seen[1]?.headers["content-type"], "application/json");
    assert.deepEqual([...(seen[2]?.body ?? [])], [7, 8]);
    assert.equal(seen[2]?.headers["content-type"], "image/png");
    assert.equal(seen[3]?.url, "/v1/q?expand%5B0%5D=a&tags=x&tags=y");
  });

  test("bytes, no content, withResponse and lastResponse", async () => {
    handler = (request, response) => {
      if (request.url === "/v1/pdf") {
        response.writeHead(200, { "Content-Type": "application/pdf", "Request-Id": "req_pdf" });
        response.end(Buffer.from([1, 2, 3]));
      } else if (request.url === "/v1/gone") {
        response.writeHead(204);
        response.end();
      } else json(response, 200, { id: "cus_9" }, { "Request-Id": "req_9" });
    };
    const api = client();
    const bytes = await api.request<ArrayBuffer>({ method: "GET", path: "/v1/pdf", responseType: "bytes" });
    assert.deepEqual([...new Uint8Array(bytes)], [1, 2, 3]);
    assert.equal(await api.request({ method: "DELETE", path: "/v1/gone" }), undefined);
    const { data, response } = await api.request<{ id: string }>({ method: "POST", path: "/v1/c" }).withResponse();
    assert.equal(data.id, "cus_9");
    assert.equal(response.status, 200);
    assert.equal(response.requestId, "req_9");
    assert.match(String(response.idempotencyKey), /^[0-9a-f-]{36}$/);
    const customer = await api.request<{ id: string; lastResponse?: { requestId: string } }>({ method: "GET", path: "/v1/c" });
    assert.equal(customer.lastResponse?.requestId, "req_9");
    assert.deepEqual(Object.keys(customer), ["id"]);
    assert.equal(JSON.stringify(customer), '{"id":"cus_9"}');
  });

  test("a redirect is not followed: an error", async () => {
    handler = (_request, response) => {
      response.writeHead(302, { Location: "http://localhost:1/elsewhere" });
      response.end();
    };
    await assert.rejects(client().request({ method: "GET", path: "/v1/moved" }), (error: unknown) => error instanceof APIError && error.status === 302);
    assert.equal(seen.length, 1);
  });

  test("a GET with a body, or form params that are not an object, fail before sending", async () => {
    await assert.rejects(client().request({ method: "GET", path: "/v1/x", body: { a: 1 } }), TypeError);
    await assert.rejects(client().request({ method: "POST", path: "/v1/x", body: ["a"] }), TypeError);
    assert.equal(seen.length, 0);
  });

  test("request and response hooks", async () => {
    handler = (_request, response) => json(response, 200, {}, { "Request-Id": "req_h" });
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const api = client()
      .on("request", (event) => requests.push(event))
      .on("response", (event) => responses.push(event));
    await api.request({ method: "GET", path: "/v1/things", query: { secret: "q" } });
    assert.equal(requests[0]?.method, "GET");
    assert.equal(requests[0]?.path, "/v1/things");
    assert.equal(responses[0]?.status, 200);
    assert.equal(responses[0]?.requestId, "req_h");
    assert.ok((responses[0]?.elapsedMs ?? -1) >= 0);
    assert.ok(!JSON.stringify([requests, responses]).includes(KEY));
  });
});

describe("errors", () => {
  const cases: Array<[number, Record<string, unknown>, new (...args: never[]) => APIError]> = [
    [400, { type: "invalid_request_error", param: "email" }, BadRequestError],
    [404, { code: "resource_missing" }, NotFoundError],
    [422, {}, UnprocessableEntityError],
    [418, {}, InvalidRequestError],
    [401, {}, AuthenticationError],
    [402, { type: "card_error", decline_code: "insufficient_funds" }, CardError],
    [403, {}, PermissionDeniedError],
    [409, {}, ConflictError],
    [400, { type: "idempotency_error" }, IdempotencyError],
    [429, {}, RateLimitError],
    [500, {}, InternalServerError],
    [503, {}, InternalServerError],
  ];

  for (const [status, fields, kind] of cases) {
    test(`${status} ${JSON.stringify(fields)} -> ${kind.name}, the key masked`, async () => {
      handler = (_request, response) =>
        json(response, status, { error: { message: `Invalid API Key provided: ${KEY}`, ...fields } }, { "Request-Id": "req_e", "X-Echo": KEY });
      const error = await client({ maxRetries: 0 }).request(POST).then(
        () => assert.fail("no error"),
        (caught: unknown) => caught,
      );
      assert.ok(error instanceof kind, `${String(error)}`);
      assert.ok(error instanceof APIError);
      assert.equal(error.status, status);
      assert.equal(error.requestId, "req_e");
      assert.equal(error.param, fields["param"]);
      if (error instanceof CardError) assert.equal(error.declineCode, "insufficient_funds");
      assert.equal(error.message, "Invalid API Key provided: ***");
      for (const text of [error.message, error.body, JSON.stringify(error.json), String(error), inspect(error), JSON.stringify(error), error.stack ?? "", error.headers.get("x-echo") ?? ""]) {
        assert.ok(!text.includes(KEY), text);
      }
      assert.ok(!inspect(error, { showHidden: true, depth: 5 }).includes("sk_test_SECRET"));
    });
  }

  test("an unreadable body still gives an error; errorNames give the API's own names", async () => {
    handler = (_request, response) => {
      response.writeHead(404, { "Content-Type": "text/html" });
      response.end("<h1>nope</h1>");
    };
    const error = await client({ errorNames: { invalidRequest: "StripeInvalidRequestError", base: "StripeError" } })
      .request({ method: "GET", path: "/v1/x" })
      .then(
        () => assert.fail("no error"),
        (caught: unknown) => caught,
      );
    assert.ok(error instanceof InvalidRequestError && error instanceof NotFoundError);
    assert.equal(error.name, "StripeInvalidRequestError"); // no name for notFound: its parent kind's
    assert.match(String(error), /^StripeInvalidRequestError: Unexpected error response from the API \(HTTP 404\): <h1>nope<\/h1>/);
    assert.equal(error.body, "<h1>nope</h1>");
    assert.ok(error.stack?.startsWith("StripeInvalidRequestError"));
    const named = await client({ errorNames: { invalidRequest: "TrainTravelInvalidRequestError", notFound: "TrainTravelNotFoundError" } })
      .request({ method: "GET", path: "/v1/x" })
      .then(
        () => assert.fail("no error"),
        (caught: unknown) => caught,
      );
    assert.ok(named instanceof NotFoundError);
    assert.equal(named.name, "TrainTravelNotFoundError");
  });

  test("the error model of the route; OAuth-style errors", async () => {
    handler = (_request, response) => json(response, 400, { error: "invalid_grant", error_description: "bad grant" });
    const error = await client()
      .request({ method: "GET", path: "/v1/x", errorModel: (status, body) => ({ status, body }) })
      .then(
        () => assert.fail("no error"),
        (caught: unknown) => caught,
      );
    assert.ok(error instanceof InvalidRequestError);
    assert.equal(error.code, "invalid_grant");
    assert.equal(error.message, "bad grant");
    assert.deepEqual(error.model, { status: 400, body: { error: "invalid_grant", error_description: "bad grant" } });
  });

  test("the client never shows its key", () => {
    const api = client();
    assert.ok(!inspect(api, { showHidden: true, depth: 6 }).includes(KEY));
    assert.ok(!JSON.stringify(api).includes(KEY));
    assert.ok(!inspect(new Auth({ b: { kind: "bearer" } }, ["b"], { apiKey: KEY }), { showHidden: true }).includes(KEY));
  });
});
