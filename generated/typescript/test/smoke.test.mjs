// The built package loads as an ES module and as CommonJS, and both are the same API.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { test } from "node:test";

import Stripe, * as esm from "../dist/esm/index.js";

const require = createRequire(import.meta.url);

test("the ES module and CommonJS builds export the client", () => {
  const cjs = require("../dist/cjs/index.js");
  assert.equal(typeof Stripe, "function");
  assert.equal(esm.Stripe, Stripe);
  assert.equal(typeof cjs.Stripe, "function");
  assert.equal(cjs.VERSION, esm.VERSION);
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort());
});
