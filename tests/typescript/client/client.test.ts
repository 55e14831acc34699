// The generated package of the default spec, imported by its name as a program would (its
// built dist/esm): the wire table through `customerSessions.create`, retries with one
// idempotency key, errors under Stripe's names, pages walked with `for await`, raw responses.
// A local node:http server answers as each test scripts it.
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, test } from "node:test";

import Stripe, {
  StripeAPIError,
  StripeAuthenticationError,
  StripeConnectionError,
  StripeError,
  StripeIdempotencyError,
  StripeInvalidRequestError,
  StripeSignatureVerificationError,
  StripeValidationError,
  constructEvent,
  type Customer,
  type CustomerSession,
  type CustomerSessionCreateParams,
} from "stripe-api";

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

type Action = "reset" | readonly [number, Readonly<Record<string, string>>, unknown];

let server: Server;
let base = "";
let script: Action[] = [];
let seen: Seen[] = [];

before(async () => {
  server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString() });
      const action = script.shift() ?? [500, {}, { error: { message: "unscripted" } }];
      if (action === "reset") {
        request.socket.destroy();
        return;
      }
      const [status, headers, body] = action;
      response.writeHead(status, { "content-type": "application/json", ...headers });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  script = [];
  seen = [];
});

const SESSION = { object: "customer_session", client_secret: "secret", customer: "cus_123", created: 1, expires_at: 2, livemode: false };

function client(options: { maxRetries?: number; timeout?: number } = {}): Stripe {
  return new Stripe("sk_test_123", { baseUrl: base, ...options });
}

interface WireTable {
  readonly customer_sessions_create: ReadonlyArray<{ readonly params: CustomerSessionCreateParams; readonly body: string }>;
}

test("the wire table: customerSessions.create sends the Python client's bytes", async () => {
  const table = JSON.parse(readFileSync(process.env["WIRE_TABLE"] ?? "", "utf-8")) as WireTable;
  assert.ok(table.customer_sessions_create.length > 0);
  for (const entry of table.customer_sessions_create) {
    script = [[200, {}, SESSION]];
    seen = [];
    const session: CustomerSession = await client().customerSessions.create(entry.params);
    assert.equal(session.client_secret, "secret");
    assert.equal(seen[0]?.body, entry.body);
    assert.equal(seen[0]?.headers["content-type"], "application/x-www-form-urlencoded");
    assert.equal(seen[0]?.url, "/v1/customer_sessions");
  }
});

test("faults are retried with one idempotency key", async () => {
  script = ["reset", [500, {}, {}], [409, {}, {}], [429, { "retry-after": "1" }, {}], [200, {}, SESSION]];
  const started = Date.now();
  const session = await client({ maxRetries: 4 }).customerSessions.create({ components: { buy_button: { enabled: true } } });
  assert.equal(session.customer, "cus_123");
  assert.equal(seen.length, 5);
  const keys = new Set(seen.map((request) => request.headers["idempotency-key"]));
  assert.equal(keys.size, 1);
  assert.ok([...keys][0]);
  assert.ok(Date.now() - started >= 900, "Retry-After: 1 was honoured");
});

test("a given idempotency key and Stripe-Version are sent", async () => {
  script = [[200, {}, SESSION]];
  await client().customerSessions.create({ components: {} }, { idempotencyKey: "key-1", apiVersion: "2023-09-12" });
  assert.equal(seen[0]?.headers["idempotency-key"], "key-1");
  assert.equal(seen[0]?.headers["stripe-version"], "2023-09-12");
  assert.equal(seen[0]?.headers["authorization"], "Bearer sk_test_123");
});

test("bad params reject with StripeValidationError before anything is sent", async () => {
  const bad = { components: { buy_button: { enabled: "yes" } } } as unknown as CustomerSessionCreateParams;
  const error: unknown = await client().customerSessions.create(bad).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof StripeValidationError);
  assert.ok(error instanceof StripeInvalidRequestError);
  assert.equal(error.name, "StripeValidationError");
  assert.equal(error.param, "components.buy_button.enabled");
  assert.deepEqual(error.issues[0]?.path, ["components", "buy_button", "enabled"]);
  assert.match(error.message, /components\.buy_button\.enabled: expected a boolean, got "yes"/);
  await assert.rejects(async () => client().customers.list({ limit: 1.5 }), StripeValidationError);
  const pages = client().customers.list({ limit: "3" } as unknown as { limit: number });
  await assert.rejects(async () => {
    for await (const customer of pages) assert.fail(`no page was asked for, got ${customer.id}`);
  }, StripeValidationError);
  await assert.rejects(client().customerSessions.create({} as unknown as CustomerSessionCreateParams), /components: is required/);
  assert.equal(seen.length, 0, "nothing reached the server");
});

test("validateRequests: false sends params unchecked", async () => {
  script = [[200, {}, SESSION]];
  const unchecked = new Stripe("sk_test_123", { baseUrl: base, validateRequests: false });
  const bad = { components: { buy_button: { enabled: "yes" } } } as unknown as CustomerSessionCreateParams;
  await unchecked.customerSessions.create(bad);
  assert.equal(seen.length, 1);
  assert.equal(seen[0]?.body, "components%5Bbuy_button%5D%5Benabled%5D=yes");
});

test("retries run out: StripeConnectionError", async () => {
  script = ["reset", "reset", "reset"];
  await assert.rejects(client({ maxRetries: 2 }).customers.retrieve("cus_1"), StripeConnectionError);
  assert.equal(seen.length, 3);
});

test("errors carry Stripe's names", async () => {
  const body = { error: { type: "invalid_request_error", message: "No such customer", code: "resource_missing", param: "customer" } };
  script = [[404, { "request-id": "req_1" }, body]];
  const error: unknown = await client({ maxRetries: 0 }).customers.retrieve("cus_missing").then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof StripeInvalidRequestError);
  assert.ok(error instanceof StripeError);
  assert.equal(error.name, "StripeInvalidRequestError");
  assert.equal(error.status, 404);
  assert.equal(error.code, "resource_missing");
  assert.equal(error.requestId, "req_1");
  script = [[401, {}, { error: { message: "bad key" } }]];
  await assert.rejects(client({ maxRetries: 0 }).customers.retrieve("c"), StripeAuthenticationError);
  script = [[400, {}, { error: { type: "idempotency_error", message: "reused" } }]];
  await assert.rejects(client().customerSessions.create({ components: {} }), StripeIdempotencyError);
  script = [[500, { "stripe-should-retry": "false" }, { error: { message: "no" } }]];
  await assert.rejects(client().customers.retrieve("c"), StripeAPIError);
});

test("a list is auto-paged with for await", async () => {
  const customer = (id: string): Partial<Customer> => ({ id, object: "customer" });
  script = [
    [200, {}, { object: "list", data: [customer("cus_1"), customer("cus_2")], has_more: true, url: "/v1/customers" }],
    [200, {}, { object: "list", data: [customer("cus_3")], has_more: false, url: "/v1/customers" }],
  ];
  const ids: string[] = [];
  for await (const found of client().customers.list({ limit: 2 })) ids.push(found.id);
  assert.deepEqual(ids, ["cus_1", "cus_2", "cus_3"]);
  assert.equal(seen[1]?.url, "/v1/customers?limit=2&starting_after=cus_2");
  script = [[200, {}, { object: "list", data: [customer("cus_1")], has_more: false, url: "/v1/customers" }]];
  const page = await client().customers.list();
  assert.equal(page.data.length, 1);
  assert.equal(page.has_more, false);
  assert.equal(page.hasMore, false);
});

test("nested services, path params and raw responses", async () => {
  script = [[200, { "request-id": "req_9" }, { object: "list", data: [], has_more: false, url: "/" }]];
  const page = await client().customers.paymentMethods.list("cus 1/x", { type: "card" });
  assert.equal(page.data.length, 0);
  assert.equal(seen[0]?.url, "/v1/customers/cus%201%2Fx/payment_methods?type=card");
  script = [[200, { "request-id": "req_7" }, SESSION]];
  const { data, response } = await client().customerSessions.create({ components: {} }).withResponse();
  assert.equal(data.client_secret, "secret");
  assert.equal(response.status, 200);
  assert.equal(response.requestId, "req_7");
  assert.equal((Reflect.get(data, "lastResponse") as { requestId?: string } | undefined)?.requestId, "req_7");
});

test("webhook payloads are checked with constructEvent", async () => {
  const payload = JSON.stringify({ id: "evt_1", object: "event", type: "customer.created" });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", "whsec_test").update(`${timestamp}.${payload}`).digest("hex");
  const event = await constructEvent<{ id: string; type: string }>(payload, `t=${timestamp},v1=${signature}`, "whsec_test");
  assert.equal(event.type, "customer.created");
  await assert.rejects(constructEvent(payload, `t=${timestamp},v1=${signature}`, "whsec_other"), StripeSignatureVerificationError);
});
