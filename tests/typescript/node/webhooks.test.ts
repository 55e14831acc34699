// Webhook signatures: Stripe's `Stripe-Signature` and Standard Webhooks, signed here with
// node:crypto, and (WEBHOOK_FIXTURES, written by the pytest test) by the Python `stripe`
// package and by hand per the Standard Webhooks specification. WEBHOOK_OUT receives headers
// this runtime signs, for the pytest test to verify with the Python `stripe` package.
import assert from "node:assert/strict";
import { createHmac, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { test } from "node:test";

import {
  SignatureVerificationError,
  constructEvent,
  standardSignature,
  stripeSignatureHeader,
  timingSafeEqual,
  unwrapStandardWebhook,
  verifyStripeSignature,
} from "../../../templates/typescript/runtime/index.js";

const SECRET = "whsec_test_secret";
const PAYLOAD = JSON.stringify({ id: "evt_1", object: "event", type: "customer.created", data: { object: { id: "cus_1", name: "Zoë" } } });
const NOW = 1_700_000_000;

function stripeHeader(payload: string, secret: string, timestamp: number): string {
  return `t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")}`;
}

async function refused(run: () => Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(run, (error: unknown) => error instanceof SignatureVerificationError && pattern.test(error.message));
}

test("Stripe: a signature made with node:crypto is accepted, the event returned", async () => {
  const header = stripeHeader(PAYLOAD, SECRET, NOW);
  const event = await constructEvent<{ id: string }>(PAYLOAD, header, SECRET, { now: NOW + 10 });
  assert.equal(event.id, "evt_1");
  await verifyStripeSignature(new TextEncoder().encode(PAYLOAD), header, SECRET, { now: NOW });
  // several v1 (a secret being rolled), a v0 and unknown schemes beside it
  const rolled = `t=${NOW},v1=${"0".repeat(64)},v0=abc,${header.split(",")[1] ?? ""},x=1`;
  await verifyStripeSignature(PAYLOAD, rolled, SECRET, { now: NOW });
});

test("Stripe: tampered payload, wrong secret, old timestamp, bad headers refused", async () => {
  const header = stripeHeader(PAYLOAD, SECRET, NOW);
  await refused(() => verifyStripeSignature(PAYLOAD.replace("cus_1", "cus_2"), header, SECRET, { now: NOW }), /No signature found matching/);
  await refused(() => verifyStripeSignature(PAYLOAD, header, "whsec_other", { now: NOW }), /No signature found matching/);
  await refused(() => verifyStripeSignature(PAYLOAD, header, SECRET, { now: NOW + 301 }), /tolerance/);
  await verifyStripeSignature(PAYLOAD, header, SECRET, { now: NOW + 300 });
  await verifyStripeSignature(PAYLOAD, header, SECRET, { now: NOW + 100_000, tolerance: 0 });
  await refused(() => verifyStripeSignature(PAYLOAD, header.replace(/v1=/, "v0="), SECRET, { now: NOW }), /No v1 signature/);
  await refused(() => verifyStripeSignature(PAYLOAD, `v1=${"a".repeat(64)}`, SECRET, { now: NOW }), /timestamp/);
  await refused(() => verifyStripeSignature(PAYLOAD, "", SECRET), /No Stripe-Signature/);
  await refused(() => verifyStripeSignature(PAYLOAD, undefined, SECRET), /No Stripe-Signature/);
  await refused(() => verifyStripeSignature(PAYLOAD, header, ""), /secret/);
});

test("Stripe: this runtime's header is node:crypto's", async () => {
  assert.equal(await stripeSignatureHeader(PAYLOAD, SECRET, NOW), stripeHeader(PAYLOAD, SECRET, NOW));
});

const STANDARD_KEY = randomBytes(24);
const STANDARD_SECRET = `whsec_${STANDARD_KEY.toString("base64")}`;

function standardHeaders(id: string, timestamp: number, payload: string, key: Buffer): Record<string, string> {
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${payload}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${signature}` };
}

test("Standard Webhooks: accepted from a record, Headers, with several signatures", async () => {
  const headers = standardHeaders("msg_1", NOW, PAYLOAD, STANDARD_KEY);
  assert.equal((await unwrapStandardWebhook<{ id: string }>(PAYLOAD, headers, STANDARD_SECRET, { now: NOW })).id, "evt_1");
  assert.equal((await unwrapStandardWebhook<{ id: string }>(PAYLOAD, new Headers(headers), STANDARD_KEY, { now: NOW })).id, "evt_1");
  const several = { ...headers, "Webhook-Signature": `v1,bm9wZQ== v2,xyz ${headers["webhook-signature"] ?? ""}` };
  delete (several as Record<string, string>)["webhook-signature"];
  await unwrapStandardWebhook(PAYLOAD, several, STANDARD_SECRET, { now: NOW });
  assert.equal((await standardSignature("msg_1", NOW, PAYLOAD, STANDARD_SECRET)), headers["webhook-signature"]);
});

test("Standard Webhooks: tampered, wrong secret, old or future timestamp, missing headers refused", async () => {
  const headers = standardHeaders("msg_1", NOW, PAYLOAD, STANDARD_KEY);
  await refused(() => unwrapStandardWebhook(PAYLOAD + " ", headers, STANDARD_SECRET, { now: NOW }), /No matching signature/);
  await refused(() => unwrapStandardWebhook(PAYLOAD, { ...headers, "webhook-id": "msg_2" }, STANDARD_SECRET, { now: NOW }), /No matching signature/);
  await refused(() => unwrapStandardWebhook(PAYLOAD, headers, `whsec_${randomBytes(24).toString("base64")}`, { now: NOW }), /No matching signature/);
  await refused(() => unwrapStandardWebhook(PAYLOAD, headers, STANDARD_SECRET, { now: NOW + 301 }), /tolerance/);
  await refused(() => unwrapStandardWebhook(PAYLOAD, headers, STANDARD_SECRET, { now: NOW - 301 }), /tolerance/);
  await refused(() => unwrapStandardWebhook(PAYLOAD, { "webhook-id": "msg_1" }, STANDARD_SECRET, { now: NOW }), /Missing/);
  await refused(() => unwrapStandardWebhook(PAYLOAD, headers, "whsec_***not base64***", { now: NOW }), /base64/);
});

test("constant-time comparison", () => {
  assert.ok(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
  assert.ok(!timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
  assert.ok(!timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1])));
});

interface Fixture {
  readonly scheme: "stripe" | "standard";
  readonly name: string;
  readonly payload: string;
  readonly header?: string;
  readonly headers?: Record<string, string>;
  readonly secret: string;
  readonly now: number;
  readonly ok: boolean;
}

const fixtures = process.env["WEBHOOK_FIXTURES"];

test("signatures made by the Python stripe package and by the Standard Webhooks spec", { skip: fixtures === undefined && "WEBHOOK_FIXTURES not given (run through pytest)" }, async () => {
  const cases = JSON.parse(readFileSync(fixtures ?? "", "utf-8")) as Fixture[];
  assert.ok(cases.length >= 8);
  for (const fixture of cases) {
    const run =
      fixture.scheme === "stripe"
        ? () => constructEvent(fixture.payload, fixture.header, fixture.secret, { now: fixture.now })
        : () => unwrapStandardWebhook(fixture.payload, fixture.headers ?? {}, fixture.secret, { now: fixture.now });
    if (fixture.ok) await run();
    else await assert.rejects(run, SignatureVerificationError, fixture.name);
  }
  const out = process.env["WEBHOOK_OUT"];
  if (out !== undefined) {
    const payload = cases[0]?.payload ?? PAYLOAD;
    writeFileSync(out, JSON.stringify({ payload, secret: SECRET, header: await stripeSignatureHeader(payload, SECRET) }));
  }
});
