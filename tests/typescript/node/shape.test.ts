// The runtime under a stand-in for the generated layer (example/): stripe-node's shape.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";

import { Stripe, type Customer } from "./example/client.js";
import { StripeError, StripeInvalidRequestError } from "./example/errors.js";

let server: Server;
let base = "";
const urls: string[] = [];
const customers: Customer[] = Array.from({ length: 5 }, (_, i) => ({ id: `cus_${i}`, object: "customer", email: null, metadata: {} }));

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", base);
    urls.push(`${request.method ?? ""} ${url.pathname}${url.search} ${request.headers["stripe-version"] ?? ""}`);
    response.setHeader("Content-Type", "application/json");
    response.setHeader("Request-Id", "req_shape");
    if (url.pathname === "/v1/customers" && request.method === "GET") {
      const after = url.searchParams.get("starting_after");
      const start = after ? customers.findIndex((customer) => customer.id === after) + 1 : 0;
      const limit = Number(url.searchParams.get("limit") ?? "10");
      response.end(JSON.stringify({ object: "list", data: customers.slice(start, start + limit), has_more: start + limit < customers.length, url: "/v1/customers" }));
    } else if (url.pathname === "/v1/customers/cus_missing") {
      response.statusCode = 404;
      response.end(JSON.stringify({ error: { type: "invalid_request_error", code: "resource_missing", message: "No such customer: 'cus_missing'", param: "id" } }));
    } else if (url.pathname === "/v1/files") {
      response.end(JSON.stringify({ id: "file_1" }));
    } else {
      response.end(JSON.stringify({ ...customers[0], email: "jenny+test@example.com" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => server.close());

test("create, retrieve, list and auto-paging, errors by the API's names", async () => {
  const stripe = new Stripe("sk_test_shape", { baseUrl: base, apiVersion: "2024-06-20", maxRetries: 0, filesUrl: base });
  const customer = await stripe.customers.create({ email: "jenny+test@example.com", metadata: { order: "42" } }, { idempotencyKey: "k1" });
  assert.equal(customer.email, "jenny+test@example.com");
  const page = await stripe.customers.list({ limit: 2 });
  assert.deepEqual(page.data.map((item) => item.id), ["cus_0", "cus_1"]);
  assert.equal(page.raw.has_more, true);
  assert.equal(page.has_more, true); // the list object's own fields, as in stripe-node
  assert.equal(page.url, "/v1/customers");
  assert.equal(page.object, "list");
  const ids: string[] = [];
  for await (const item of stripe.customers.list({ limit: 2 })) ids.push(item.id);
  assert.deepEqual(ids, ["cus_0", "cus_1", "cus_2", "cus_3", "cus_4"]);
  await assert.rejects(stripe.customers.retrieve("cus_missing"), (error: unknown) => {
    assert.ok(error instanceof StripeInvalidRequestError && error instanceof StripeError);
    assert.equal(error.name, "StripeInvalidRequestError");
    assert.equal(error.code, "resource_missing");
    assert.equal(error.statusCode, 404);
    assert.equal(error.requestId, "req_shape");
    return true;
  });
  assert.equal((await stripe.files.create({ file: new Uint8Array([1]), purpose: "dispute_evidence" })).id, "file_1");
  assert.ok(urls.includes("GET /v1/customers?limit=2&starting_after=cus_3 2024-06-20"), urls.join("\n"));
  await stripe.customers.retrieve("cus/../x", { expand: ["default_source"] });
  assert.ok(urls.includes("GET /v1/customers/cus%2F..%2Fx?expand%5B0%5D=default_source 2024-06-20"), urls.join("\n"));
});
