/**
 * Request encodings: the bracket form, query strings, JSON, multipart and raw bodies.
 *
 * The form encoding is the one every codegen client sends, byte for byte (the shared wire
 * table, tests/wire_table.py): nested objects become bracketed keys (`a[b][c]=v`), arrays
 * indexed keys (`expand[0]=customer`); `null` and `undefined` are left out at any depth (send
 * `""` to unset a field); booleans are `true`/`false`; numbers are written without an exponent
 * (`1e-7` -> `0.0000001`), bigints as their digits, Dates as unix seconds; an empty object or
 * array sends nothing. Percent-encoding is `application/x-www-form-urlencoded`'s: space is `+`,
 * only `A-Z a-z 0-9 _ . - ~` are left as they are, brackets are `%5B`/`%5D`.
 *
 * Keys are sent in the object's own order; JavaScript puts integer-like keys ("2") before the
 * others, so pass a `Map` where such keys must keep their place.
 */

/** Percent-encode `text` as `application/x-www-form-urlencoded` does (space is `+`). */
export function quote(text: string): string {
  if (/^[A-Za-z0-9_.~-]*$/.test(text)) return text;
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** `value` in plain decimal notation (`1e-7` -> `0.0000001`, `1e21` -> `1000000000000000000000`). */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError(`cannot send ${String(value)} as a number`);
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = "", whole = "", fraction = "", exponentText = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** The text of a leaf value, `undefined` when `value` is not a leaf (an object, an array, a Map). */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return value;
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return plainNumber(value);
    case "bigint":
      return value.toString();
    default:
      break;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new TypeError("cannot send an invalid Date");
    return String(Math.floor(time / 1000));
  }
  return undefined;
}

function entriesOf(value: object): Iterable<[unknown, unknown]> {
  return value instanceof Map ? (value as Map<unknown, unknown>).entries() : Object.entries(value);
}

function isMapping(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Append the `[key, value]` pairs of `value` under `key` (not percent-encoded). */
function pairsOf(out: Array<[string, string]>, key: string, value: unknown): void {
  if (value === null || value === undefined) return;
  const text = scalarText(value);
  if (text !== undefined) {
    out.push([key, text]);
  } else if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => pairsOf(out, `${key}[${index}]`, item));
  } else if (isMapping(value)) {
    for (const [name, item] of entriesOf(value)) pairsOf(out, `${key}[${String(name)}]`, item);
  } else {
    throw new TypeError(`cannot send a ${typeof value} in a form`);
  }
}

function checkObject(params: unknown): void {
  if (!isMapping(params)) throw new TypeError(`form params must be an object, not ${Array.isArray(params) ? "an array" : typeof params}`);
}

/** The bracket-keyed `[key, value]` pairs of `params`, not percent-encoded (multipart fields). */
export function formPairs(params: object | null | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (params === null || params === undefined) return out;
  checkObject(params);
  for (const [name, value] of entriesOf(params)) pairsOf(out, String(name), value);
  return out;
}

/**
 * `params` as `application/x-www-form-urlencoded` text: a form body, or a query string
 * (without the `?`). A top-level array under a name of `repeated` is sent as that name once
 * per item (`tags=a&tags=b`, OpenAPI's `style: form, explode: true`), others with indexes
 * (`tags[0]=a`, `deepObject` style).
 */
export function encodeForm(params: object | null | undefined, repeated: ReadonlyArray<string> = []): string {
  if (params === null || params === undefined) return "";
  checkObject(params);
  const out: Array<[string, string]> = [];
  for (const [name, value] of entriesOf(params)) {
    const key = String(name);
    if (Array.isArray(value) && repeated.includes(key)) {
      for (const item of value as unknown[]) {
        if (item === null || item === undefined) continue;
        const text = scalarText(item);
        if (text === undefined) throw new TypeError(`${key}: a repeated query parameter takes plain values`);
        out.push([key, text]);
      }
    } else {
      pairsOf(out, key, value);
    }
  }
  return out.map(([key, text]) => `${quote(key)}=${quote(text)}`).join("&");
}

/**
 * A JSON body, compact: `null` and `undefined` are left out of objects at any depth (kept in
 * arrays as `null`), Dates are ISO 8601 text, bigints JSON numbers of their digits.
 */
export function encodeJson(value: unknown): string {
  const tag = `\u0000bigint${Math.random().toString(36).slice(2)}:`;
  let tagged = false;
  const text = JSON.stringify(value ?? null, function replacer(this: unknown, _key: string, item: unknown) {
    if (typeof item === "bigint") {
      tagged = true;
      return tag + item.toString();
    }
    if (typeof item === "number" && !Number.isFinite(item)) throw new TypeError(`cannot send ${String(item)} as JSON`);
    if (isMapping(item) && !(item instanceof Map) && typeof (item as { toJSON?: unknown }).toJSON !== "function") {
      const kept: Record<string, unknown> = {};
      for (const [name, field] of Object.entries(item)) if (field !== null && field !== undefined) kept[name] = field;
      return kept;
    }
    if (item instanceof Map) return Object.fromEntries([...(item as Map<unknown, unknown>)].filter(([, v]) => v != null));
    return item;
  });
  if (!tagged) return text;
  const escaped = JSON.stringify(tag).slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(`"${escaped}(-?\\d+)"`, "g"), "$1");
}

// -- files ---------------------------------------------------------------------------------

/** The bytes of a file: in memory, a Blob/File, or a stream (read whole before sending). */
export type FileData = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A file to upload, with the name and content type its part gets. */
export interface NamedFile {
  readonly data: FileData;
  readonly name?: string;
  readonly type?: string;
}

/**
 * A file on disk (Node, Deno and Bun only), read when the request is prepared: `new
 * FilePath("./evidence.pdf")`. A class, not a `{path}` shape, so that a param that merely has
 * a `path` field is never taken for a file to read.
 */
export class FilePath {
  readonly path: string;
  readonly name: string | undefined;
  readonly type: string | undefined;

  constructor(path: string, options: { readonly name?: string; readonly type?: string } = {}) {
    this.path = path;
    this.name = options.name;
    this.type = options.type;
  }
}

/** What an upload param takes. */
export type FileInput = FileData | NamedFile | FilePath;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  csv: "text/csv",
  gif: "image/gif",
  htm: "text/html",
  html: "text/html",
  jpeg: "image/jpeg",
  jpg: "image/jpeg",
  json: "application/json",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
  pdf: "application/pdf",
  png: "image/png",
  svg: "image/svg+xml",
  txt: "text/plain",
  wav: "audio/wav",
  webp: "image/webp",
  xml: "application/xml",
  zip: "application/zip",
};

/** The content type of a file name's extension, `application/octet-stream` when unknown. */
export function contentTypeOf(name: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return (extension !== undefined ? CONTENT_TYPES[extension] : undefined) ?? "application/octet-stream";
}

function isBinary(value: unknown): value is Blob | Uint8Array | ArrayBuffer {
  return value instanceof Uint8Array || value instanceof ArrayBuffer || (typeof Blob !== "undefined" && value instanceof Blob);
}

function isStream(value: unknown): value is ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> {
  if (typeof value !== "object" || value === null) return false;
  return typeof (value as ReadableStream).getReader === "function" || Symbol.asyncIterator in value;
}

/** Is `value` a file to upload (a `FileInput`)? */
export function isFileInput(value: unknown): value is FileInput {
  if (isBinary(value) || isStream(value) || value instanceof FilePath) return true;
  if (typeof value !== "object" || value === null) return false;
  const data = (value as { data?: unknown }).data;
  return isBinary(data) || isStream(data);
}

/** Every byte of a stream. */
export async function readAll(stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  if (!("getReader" in stream)) {
    for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    }
  } else {
    const reader = stream.getReader();
    try {
      for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value);
    } finally {
      reader.releaseLock();
    }
  }
  const whole = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}

interface NodeFs {
  readFile(path: string): Promise<Uint8Array>;
}

/**
 * A file on disk as a `File` (Node 20+, Deno, Bun; in a browser, pass a `File` instead).
 * `node:fs` is imported on first use, so bundles for browsers never load it.
 */
export async function fileFromPath(path: string, options: { name?: string; type?: string } = {}): Promise<File> {
  const module = "node:fs/promises";
  let fs: NodeFs;
  try {
    fs = (await import(/* webpackIgnore: true */ /* @vite-ignore */ module)) as NodeFs;
  } catch {
    throw new TypeError("reading a file by its path needs node:fs (Node, Deno or Bun); pass a Blob or bytes instead");
  }
  const name = options.name ?? path.split(/[\\/]/).pop() ?? "file";
  const bytes = await fs.readFile(path);
  const type = options.type ?? contentTypeOf(name);
  if (typeof File !== "undefined") return new File([bytes as BlobPart], name, { type });
  // Node 18 has Blob but no global File: a Blob carrying the name does for FormData
  return Object.defineProperty(new Blob([bytes as BlobPart], { type }), "name", { value: name }) as File;
}

/** `input` as a Blob with a file name, every stream read (a request may be sent more than once). */
export async function toFile(input: FileInput, fallbackName: string): Promise<{ blob: Blob; name: string }> {
  if (input instanceof FilePath) {
    const file = await fileFromPath(input.path, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
    });
    return { blob: file, name: file.name };
  }
  const named: NamedFile = isBinary(input) || isStream(input) ? { data: input } : input;
  const ownName = named.data instanceof Blob ? (named.data as { name?: unknown }).name : undefined; // a File's
  const own = typeof ownName === "string" && ownName !== "" ? ownName : undefined;
  const name = named.name ?? own ?? fallbackName;
  const type = named.type ?? (named.data instanceof Blob && named.data.type ? named.data.type : contentTypeOf(name));
  const data = named.data;
  if (data instanceof Blob && data.type === type) return { blob: data, name };
  const part: BlobPart = data instanceof Blob || data instanceof ArrayBuffer ? data : isStream(data) ? ((await readAll(data)) as BlobPart) : (data as BlobPart);
  return { blob: new Blob([part], { type }), name };
}

/**
 * A `multipart/form-data` body: files (see `FileInput`; an array of them, one part each) at
 * the top level become file parts named after the param, with a file name (given, the File's,
 * else the param's) and a content type (given, the Blob's, else guessed from the name); every
 * other param becomes fields named as the form encoding names them (`file_link_data[create]`).
 * `fetch` writes the boundary into the Content-Type.
 */
export async function encodeMultipart(params: object | null | undefined): Promise<FormData> {
  const form = new FormData();
  const fields: Array<[string, unknown]> = [];
  const files: Array<[string, FileInput]> = [];
  for (const [name, value] of params === null || params === undefined ? [] : entriesOf(params)) {
    const key = String(name);
    if (isFileInput(value)) files.push([key, value]);
    else if (Array.isArray(value) && value.length > 0 && value.every(isFileInput)) for (const item of value) files.push([key, item]);
    else fields.push([key, value]);
  }
  for (const [key, value] of fields) {
    const pairs: Array<[string, string]> = [];
    pairsOf(pairs, key, value);
    for (const [name, text] of pairs) form.append(name, text);
  }
  for (const [key, value] of files) {
    const { blob, name } = await toFile(value, key);
    form.append(key, blob, name);
  }
  return form;
}

/** A raw body (`application/octet-stream`, `image/*`, `text/*`...): bytes, a Blob, text or a stream, read whole. */
export async function encodeRaw(value: unknown): Promise<Uint8Array | Blob | string> {
  if (value === null || value === undefined) return new Uint8Array();
  if (typeof value === "string" || value instanceof Uint8Array || (typeof Blob !== "undefined" && value instanceof Blob)) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (isStream(value)) return readAll(value);
  if (isFileInput(value)) return (await toFile(value, "body")).blob;
  throw new TypeError(`a raw body must be bytes, a Blob, a string or a stream, not ${typeof value}`);
}
