// Run in the page (Playwright's evaluate): the compiled runtime, imported as ES modules,
// against the same-origin API of browser.py. Returns what it saw; the pytest test judges.
async (wire) => {
  const rt = await import("/runtime/index.js");
  const out = {};
  out.wire = wire.map(({ params, body }) => rt.encodeForm(params) === body);
  const requestor = new rt.Requestor({
    baseUrl: location.origin,
    auth: "sk_test_browser",
    userAgent: "browser-test/1.0",
    retryPolicy: new rt.RetryPolicy({ initialDelay: 0.01, maxDelay: 0.02 }),
  });
  const { data, response } = await requestor.request({ method: "POST", path: "/api/flaky", body: { a: { b: [1, true] } } }).withResponse();
  out.flaky = { ...data, status: response.status };
  const ids = [];
  for await (const item of requestor.requestPage({ method: "GET", path: "/api/list", query: { limit: 2 } }, { style: "list" })) ids.push(item.id);
  out.ids = ids;
  const got = [];
  for await (const event of await requestor.requestStream({ method: "GET", path: "/api/events" })) {
    got.push(event.n);
    if (got.length === 3) break;
  }
  out.events = got;
  out.closed = (await (await fetch("/api/events-closed")).json()).closed;
  try {
    await requestor.request({ method: "GET", path: "/api/missing" });
  } catch (error) {
    out.error = { isInvalid: error instanceof rt.InvalidRequestError, status: error.status, message: error.message };
  }
  const uploaded = await requestor.request({
    method: "POST",
    path: "/api/upload",
    encoding: "multipart",
    body: { purpose: "x", meta: { k: "v" }, file: new File([new Uint8Array([1, 2, 255])], "a.png", { type: "image/png" }) },
  });
  out.parts = uploaded.parts;
  const secret = "whsec_browser";
  const payload = '{"id":"evt_1"}';
  const header = await rt.stripeSignatureHeader(payload, secret);
  out.webhook = (await rt.constructEvent(payload, header, secret)).id;
  try {
    await rt.constructEvent(payload + " ", header, secret);
    out.tampered = "accepted";
  } catch (error) {
    out.tampered = error.name;
  }
  try {
    await rt.fileFromPath("/etc/hostname");
    out.fromPath = "read";
  } catch (error) {
    out.fromPath = error instanceof TypeError ? "TypeError" : String(error);
  }
  return out;
}
