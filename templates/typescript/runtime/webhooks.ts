/**
// codegen:stripe
 * Verifying webhooks: Stripe's `Stripe-Signature`, and Standard Webhooks
 * (https://www.standardwebhooks.com: `webhook-id`, `webhook-timestamp`, `webhook-signature`).
 *
 * Both use HMAC-SHA256 through Web Crypto (so they are async), compare in constant time, and
 * refuse with `SignatureVerificationError` a payload whose signature does not match, or whose
// codegen:else
 * Verifying webhooks: Standard Webhooks (https://www.standardwebhooks.com: `webhook-id`,
 * `webhook-timestamp`, `webhook-signature`).
 *
 * It uses HMAC-SHA256 through Web Crypto (so it is async), compares in constant time, and
 * refuses with `SignatureVerificationError` a payload whose signature does not match, or whose
// codegen:end
 * timestamp is older than the tolerance (300 seconds by default). Verify the raw body exactly
 * as received: a payload parsed and serialised again no longer matches its signature.
 */

export class SignatureVerificationError extends Error {
  override readonly name = "SignatureVerificationError";
  /** The signature header as received. */
  readonly header: string | undefined;

  constructor(message: string, header?: string) {
    super(message);
    this.header = header;
  }
}

export const DEFAULT_TOLERANCE_SECONDS = 300;

export type Payload = string | Uint8Array | ArrayBuffer;

interface Subtle {
  importKey(format: "raw", key: Uint8Array, algorithm: { name: "HMAC"; hash: "SHA-256" }, extractable: false, uses: ["sign"]): Promise<unknown>;
  sign(algorithm: "HMAC", key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
}

let subtle: Promise<Subtle> | undefined;

/** Web Crypto's `subtle`: the global one, else (Node 18 without the global) node:crypto's. */
function getSubtle(): Promise<Subtle> {
  subtle ??= (async (): Promise<Subtle> => {
    const global = (globalThis as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
    if (global !== undefined) return global;
    const module = "node:crypto";
    const imported = (await import(/* webpackIgnore: true */ /* @vite-ignore */ module)) as { webcrypto: { subtle: Subtle } };
    return imported.webcrypto.subtle;
  })();
  return subtle;
}

function bytesOf(payload: Payload): Uint8Array {
  if (typeof payload === "string") return new TextEncoder().encode(payload);
  return payload instanceof Uint8Array ? payload : new Uint8Array(payload);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((size, part) => size + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** HMAC-SHA256 of `data` with `key`. */
export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const crypto = await getSubtle();
  const imported = await crypto.importKey("raw", key, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return new Uint8Array(await crypto.sign("HMAC", imported, data));
}

/** Are `a` and `b` equal? Takes the same time wherever they differ. */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < a.byteLength; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function nowSeconds(now: number | undefined): number {
  return now ?? Math.floor(Date.now() / 1000);
}

function decode(payload: Payload): string {
  return typeof payload === "string" ? payload : new TextDecoder().decode(bytesOf(payload));
}

// codegen:stripe
// -- Stripe ---------------------------------------------------------------------------------

// codegen:end
export interface VerifyOptions {
  /** Oldest accepted timestamp, in seconds before now (default 300; 0 or less: no limit). */
  readonly tolerance?: number;
  /** The current unix time in seconds (tests). */
  readonly now?: number;
}

// codegen:stripe
/**
 * Check a `Stripe-Signature` header (`t=<unix time>,v1=<hex>[,v1=<hex>...]`): some `v1` must
 * be the HMAC-SHA256 of `<t>.<payload>` with the endpoint's secret, and `t` within the
 * tolerance. Throws `SignatureVerificationError` otherwise.
 */
export async function verifyStripeSignature(payload: Payload, header: string | null | undefined, secret: string, options: VerifyOptions = {}): Promise<void> {
  if (typeof header !== "string" || header === "") throw new SignatureVerificationError("No Stripe-Signature header was given");
  if (!secret) throw new SignatureVerificationError("The webhook secret is empty", header);
  let timestamp = NaN;
  const signatures: Uint8Array[] = [];
  for (const item of header.split(",")) {
    const equals = item.indexOf("=");
    if (equals === -1) continue;
    const key = item.slice(0, equals).trim();
    const value = item.slice(equals + 1).trim();
    if (key === "t") timestamp = /^\d+$/.test(value) ? Number(value) : NaN;
    else if (key === "v1" && /^[0-9a-fA-F]+$/.test(value)) signatures.push(new TextEncoder().encode(value.toLowerCase()));
  }
  if (Number.isNaN(timestamp)) throw new SignatureVerificationError("Unable to extract the timestamp from the Stripe-Signature header", header);
  if (signatures.length === 0) throw new SignatureVerificationError("No v1 signature found in the Stripe-Signature header", header);
  const expected = new TextEncoder().encode(
    hex(await hmacSha256(new TextEncoder().encode(secret), concat(new TextEncoder().encode(`${timestamp}.`), bytesOf(payload)))),
  );
  let matched = false;
  for (const signature of signatures) matched = timingSafeEqual(expected, signature) || matched; // every one compared
  if (!matched) {
    throw new SignatureVerificationError(
      "No signature found matching the expected signature for the payload (is the secret the endpoint's? is the body the raw one?)",
      header,
    );
  }
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
  if (tolerance > 0 && timestamp < nowSeconds(options.now) - tolerance) {
    throw new SignatureVerificationError("Timestamp outside the tolerance zone", header);
  }
}

/** `verifyStripeSignature`, then the payload's event (the parsed JSON). */
export async function constructEvent<E = unknown>(payload: Payload, header: string | null | undefined, secret: string, options: VerifyOptions = {}): Promise<E> {
  await verifyStripeSignature(payload, header, secret, options);
  return JSON.parse(decode(payload)) as E;
}

/** A `Stripe-Signature` header for `payload` (tests of your webhook handler). */
export async function stripeSignatureHeader(payload: Payload, secret: string, timestamp = nowSeconds(undefined)): Promise<string> {
  const signature = await hmacSha256(new TextEncoder().encode(secret), concat(new TextEncoder().encode(`${timestamp}.`), bytesOf(payload)));
  return `t=${timestamp},v1=${hex(signature)}`;
}

// codegen:end
// -- Standard Webhooks ------------------------------------------------------------------------

/** The key of a Standard Webhooks secret: base64, after an optional `whsec_` prefix. */
function standardKey(secret: string | Uint8Array): Uint8Array {
  if (typeof secret !== "string") return secret;
  try {
    return fromBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  } catch {
    throw new SignatureVerificationError("The webhook secret is not base64 (after its whsec_ prefix)");
  }
}

/** A header of a `Headers`, a plain record (any case) or a Node `IncomingHttpHeaders`. */
function header(headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>, name: string): string | undefined {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers as Record<string, string | readonly string[] | undefined>)) {
    if (key.toLowerCase() === name) return typeof value === "string" ? value : value?.[0];
  }
  return undefined;
}

/** The `webhook-signature` of a message: `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<payload>">`. */
export async function standardSignature(id: string, timestamp: number, payload: Payload, secret: string | Uint8Array): Promise<string> {
  const signed = concat(new TextEncoder().encode(`${id}.${timestamp}.`), bytesOf(payload));
  return `v1,${toBase64(await hmacSha256(standardKey(secret), signed))}`;
}

/**
 * Verify a Standard Webhooks message and return its parsed payload: some `v1,<sig>` of the
 * space-separated `webhook-signature` must sign `<webhook-id>.<webhook-timestamp>.<payload>`
 * with the secret, and the timestamp be within the tolerance (either way: a timestamp in the
 * future is refused too, as the specification says).
 */
export async function unwrapStandardWebhook<E = unknown>(
  payload: Payload,
  headers: Headers | Readonly<Record<string, string | readonly string[] | undefined>>,
  secret: string | Uint8Array,
  options: VerifyOptions = {},
): Promise<E> {
  const id = header(headers, "webhook-id");
  const stamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !stamp || !signatures) throw new SignatureVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature header");
  const timestamp = /^\d+$/.test(stamp.trim()) ? Number(stamp.trim()) : NaN;
  if (Number.isNaN(timestamp)) throw new SignatureVerificationError("Invalid webhook-timestamp header", signatures);
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE_SECONDS;
  const now = nowSeconds(options.now);
  if (tolerance > 0 && (timestamp < now - tolerance || timestamp > now + tolerance)) {
    throw new SignatureVerificationError("Message timestamp outside the tolerance zone", signatures);
  }
  const expected = new TextEncoder().encode((await standardSignature(id, timestamp, payload, secret)).slice("v1,".length));
  let matched = false;
  for (const candidate of signatures.split(" ")) {
    const [version, signature] = candidate.split(",", 2);
    if (version !== "v1" || signature === undefined) continue;
    matched = timingSafeEqual(expected, new TextEncoder().encode(signature)) || matched;
  }
  if (!matched) throw new SignatureVerificationError("No matching signature found", signatures);
  return JSON.parse(decode(payload)) as E;
}
