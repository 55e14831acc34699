// The form encoder against the shared wire table (tests/wire_table.py, dumped to JSON by the
// pytest test into WIRE_TABLE) byte for byte, and against the `stripe` npm package's own encoder.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { test } from "node:test";

import { encodeForm, encodeJson, encodeMultipart, formPairs, plainNumber } from "../../../templates/typescript/runtime/index.js";

interface Case {
  readonly id: string;
  readonly params: Record<string, unknown>;
  readonly body: string;
  readonly stripeSame: boolean;
}
interface Table {
  readonly cases: Case[];
  readonly wire: Array<{ params: Record<string, unknown>; body: string }>;
}

/** JSON as the table means it: `{"$bigint": "..."}` a bigint, `{"$decimal": "..."}` a decimal's text. */
function revive(_key: string, value: unknown): unknown {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record["$bigint"] === "string") return BigInt(record["$bigint"]);
    if (typeof record["$decimal"] === "string") return record["$decimal"];
  }
  return value;
}

const tablePath = process.env["WIRE_TABLE"];
const table: Table | undefined = tablePath ? (JSON.parse(readFileSync(tablePath, "utf-8"), revive) as Table) : undefined;

test("the wire table, byte for byte", { skip: table === undefined && "WIRE_TABLE not given (run through pytest)" }, () => {
  assert.ok(table !== undefined && table.cases.length >= 30);
  for (const { id, params, body } of table.cases) assert.equal(encodeForm(params), body, id);
  for (const { params, body } of table.wire) assert.equal(encodeForm(params), body);
});

/** The `stripe` package's encoder (its utils' `queryStringifyRequestData`). */
function stripeEncoder(): (data: unknown) => string {
  const tools = process.env["TS_TOOLS"];
  assert.ok(tools, "TS_TOOLS names tools/typescript");
  const require = createRequire(join(tools, "package.json"));
  const utils = require(join(dirname(require.resolve("stripe")), "utils.js")) as { queryStringifyRequestData: (data: unknown) => string };
  return utils.queryStringifyRequestData;
}

/** JSON's null is Python's None, which stripe-node spells `undefined` (it sends null as `key=`). */
function withoutNull(value: unknown): unknown {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(withoutNull);
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutNull(item)]));
  }
  return value;
}

test("the same bytes as stripe-node's encoder on every case of the table", { skip: table === undefined && "WIRE_TABLE not given" }, () => {
  const stringify = stripeEncoder();
  let compared = 0;
  for (const { id, params, body } of table?.cases ?? []) {
    // stripe-node keeps brackets literal and writes space as %20 (the API takes both spellings)
    const theirs = stringify(withoutNull(params)).replace(/\[/g, "%5B").replace(/\]/g, "%5D").replace(/%20/g, "+");
    assert.equal(theirs, body, id);
    compared++;
  }
  assert.ok(compared >= 30);
});

test("values the table cannot hold: Dates, bigints, tiny and huge numbers, Maps", () => {
  assert.equal(encodeForm({ created: { gte: new Date(Date.UTC(2023, 10, 14, 22, 13, 20, 999)) } }), "created%5Bgte%5D=1700000000");
  assert.equal(encodeForm({ big: 10n ** 20n }), "big=100000000000000000000");
  assert.equal(encodeForm({ a: 1e-7, b: -2.5e-8, c: 1.5e21, d: 0.1 }), "a=0.0000001&b=-0.000000025&c=1500000000000000000000&d=0.1");
  assert.equal(plainNumber(123.456e5), "12345600");
  assert.equal(encodeForm({ m: new Map<string, unknown>([["2", "b"], ["1", "a"]]) }), "m%5B2%5D=b&m%5B1%5D=a");
  assert.equal(encodeForm({ metadata: { k: "" } }), "metadata%5Bk%5D=");
  assert.equal(encodeForm({ a: undefined, b: [undefined, "x"] }), "b%5B1%5D=x");
  assert.equal(encodeForm({ s: "!'()*" }), "s=%21%27%28%29%2A");
  assert.throws(() => encodeForm({ n: Number.NaN }), TypeError);
});

test("query strings: deepObject brackets, or form-style repeated keys", () => {
  assert.equal(encodeForm({ tags: ["a", "b"], limit: 3 }), "tags%5B0%5D=a&tags%5B1%5D=b&limit=3");
  assert.equal(encodeForm({ tags: ["a b", "c"], limit: 3 }, ["tags"]), "tags=a+b&tags=c&limit=3");
  assert.equal(encodeForm({ filter: { status: "open" }, ids: [1, 2] }, ["ids"]), "filter%5Bstatus%5D=open&ids=1&ids=2");
});

test("JSON bodies: nulls left out of objects, kept in arrays; bigints as numbers; Dates ISO", () => {
  assert.equal(encodeJson({ a: null, b: { c: undefined, d: 1 }, e: [null, 2] }), '{"b":{"d":1},"e":[null,2]}');
  assert.equal(encodeJson({ n: 12345678901234567890n, t: new Date(0) }), '{"n":12345678901234567890,"t":"1970-01-01T00:00:00.000Z"}');
  assert.equal(encodeJson(["x", 1]), '["x",1]');
  assert.equal(encodeJson({ s: "\u0000bigint" }), '{"s":"\\u0000bigint"}');
});

test("multipart fields are named as the form encoding names them", async () => {
  assert.deepEqual(formPairs({ file_link_data: { create: true, metadata: { k: "v" } }, purpose: "dispute_evidence" }), [
    ["file_link_data[create]", "true"],
    ["file_link_data[metadata][k]", "v"],
    ["purpose", "dispute_evidence"],
  ]);
  const form = await encodeMultipart({ purpose: "x", file: new Uint8Array([1, 2, 3]), extra: { a: [1, 2] } });
  assert.deepEqual(
    [...form.entries()].map(([name, value]) => [name, typeof value === "string" ? value : `<${value.name}:${value.size}:${value.type}>`]),
    [
      ["purpose", "x"],
      ["extra[a][0]", "1"],
      ["extra[a][1]", "2"],
      ["file", "<file:3:application/octet-stream>"],
    ],
  );
});
