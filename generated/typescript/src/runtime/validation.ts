/**
 * Checking request params before they are sent, and (a client made with `strict: true`) the
 * JSON answers: the helpers of the generated `validators.ts` (compiled functions per
 * operation, answering the issues they found) and the errors a client throws for them,
 * `ValidationError` (nothing is sent) and `ResponseValidationError` (the answer does not
 * match the operation's schema; in a response `null` is a value, enums are open and a `oneOf`
 * may match more than one branch, as the Python client's response mode).
 *
 * The verdicts are the Python client's: `null` and `undefined` are an absent key, request
 * enums are closed, a value matching two branches of a `oneOf` is refused. What the encoder
 * accepts besides JSON values is accepted too: a `Date` for a unix time, a `bigint` for an
 * integer, a Blob, bytes, a stream, a `NamedFile` or a `FilePath` for a file. Patterns are
 * the spec's, run as `RegExp`s with the `u` flag (`$` also matches before a final newline, as
 * the spec's Python-written patterns mean it); a pattern JavaScript cannot compile is not
 * checked. Lengths count code points, not UTF-16 units.
 */

import { FilePath } from "./encoding.js";
import { APIError, InvalidRequestError, type APIErrorFields, type ErrorKind } from "./errors.js";

/** Where an issue is: keys and array indexes from the params (or the answer) down (`["items", 0, "price"]`). */
export type IssuePath = ReadonlyArray<string | number>;

/** One problem with the params (or an answer): where, which rule (`type`, `required`, `max_length`...), and a message. */
export interface ValidationIssue {
  readonly path: IssuePath;
  readonly rule: string;
  readonly message: string;
}

/** `components.buy_button.enabled`, `items[0].price`. */
export function dottedPath(path: IssuePath): string {
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index ? `.${part}` : part)).join("");
}

/** `email: expected a string, got 5`. */
export function issueText(issue: ValidationIssue): string {
  return issue.path.length ? `${dottedPath(issue.path)}: ${issue.message}` : issue.message;
}

/** Params that do not match the operation's schema: nothing was sent. `issues` lists every problem; `param` is the first one's path. */
export class ValidationError extends InvalidRequestError {
  static override readonly kind: ErrorKind = "validation";
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, 5).map(issueText);
    if (issues.length > 5) shown.push(`... ${issues.length - 5} more`);
    const first = issues[0];
    super(`invalid params for ${operation}: ${shown.join("; ")}`, { param: first ? dottedPath(first.path) : undefined, type: "invalid_request_error" });
    this.issues = issues;
  }
}

/** A 2xx answer whose JSON body does not match the operation's schema (checked with `strict: true`, before conversion). `issues` lists every problem; `json` is the parsed body. */
export class ResponseValidationError extends APIError {
  static override readonly kind: ErrorKind = "responseValidation";
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, issues: readonly ValidationIssue[], fields: Omit<APIErrorFields, "param"> = {}) {
    const shown = issues.slice(0, 5).map(issueText);
    if (issues.length > 5) shown.push(`... ${issues.length - 5} more`);
    super(`the response of ${operation} does not match the spec: ${shown.join("; ")}`, fields);
    this.issues = issues;
  }
}

const ARTICLES: Readonly<Record<string, string>> = { integer: "an integer", array: "an array", object: "an object" };
const BOUND_TEXTS: Readonly<Record<string, readonly [string, string?]>> = {
  minimum: ["must be at least %", "must be greater than %"],
  maximum: ["must be at most %", "must be less than %"],
  min_length: ["must be at least % characters long"],
  max_length: ["must be at most % characters long"],
  min_items: ["must have at least % items"],
  max_items: ["must have at most % items"],
  min_properties: ["must have at least % keys"],
  max_properties: ["must have at most % keys"],
  multiple_of: ["must be a multiple of %"],
};

function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "bigint" ? `${value}n` : value instanceof Date ? value.toISOString() : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// -- value tests ---------------------------------------------------------------------------

/** A JSON object: not null, an array or a Date. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** `record[key]` when it is the record's own key (never an inherited `constructor` or `toString`). */
export function own(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The length of `text` in code points (as JSON Schema counts it). */
export function chars(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

/** An integer: a whole number or a bigint. */
export function isInteger(value: unknown): value is number | bigint {
  return typeof value === "bigint" || Number.isInteger(value);
}

/** A number: any but NaN, or a bigint. */
export function isNumber(value: unknown): value is number | bigint {
  return typeof value === "bigint" || (typeof value === "number" && !Number.isNaN(value));
}

/** A unix time the encoder sends: an integer, or a valid `Date` (sent as its seconds). */
export function isUnixTime(value: unknown): boolean {
  return isInteger(value) || (value instanceof Date && !Number.isNaN(value.getTime()));
}

/** A file the encoder can upload: text, bytes, a Blob, a stream, a `NamedFile` (`{ data }`) or a `FilePath`. */
export function isUpload(value: unknown): boolean {
  if (typeof value === "string" || value instanceof Uint8Array || value instanceof ArrayBuffer) return true;
  if (typeof value !== "object" || value === null) return false;
  if (typeof Blob !== "undefined" && value instanceof Blob) return true;
  if (typeof (value as { getReader?: unknown }).getReader === "function") return true;
  if (typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function") return true;
  if (value instanceof FilePath) return true;
  const data: unknown = (value as { data?: unknown }).data;
  return typeof data === "object" && data !== null && isUpload(data);
}

/** `value` is a whole multiple of `divisor`. */
export function isMultiple(value: number | bigint, divisor: number): boolean {
  if (typeof value === "bigint") {
    if (Number.isInteger(divisor)) return value % BigInt(divisor) === 0n;
    value = Number(value);
  }
  return Number.isInteger(divisor) ? value % divisor === 0 : Number.isInteger(value / divisor);
}

/** Two values equal as JSON values (`true` is not `1`; keys in any order). */
export function jsonEqual(one: unknown, two: unknown): boolean {
  if (typeof one === "boolean" || typeof two === "boolean") return one === two;
  if (Array.isArray(one) && Array.isArray(two)) {
    return one.length === two.length && one.every((item: unknown, index) => jsonEqual(item, two[index]));
  }
  if (isRecord(one) && isRecord(two)) {
    const keys = Object.keys(one);
    return keys.length === Object.keys(two).length && keys.every((key) => Object.prototype.hasOwnProperty.call(two, key) && jsonEqual(one[key], two[key]));
  }
  const numeric = (typeof one === "number" || typeof one === "bigint") && (typeof two === "number" || typeof two === "bigint");
  return numeric ? one == two : one === two; // 1 and 1n are the same JSON number
}

/** `value` is one of `allowed` (JSON equality). */
export function isMember(value: unknown, allowed: readonly unknown[]): boolean {
  return allowed.some((candidate) => jsonEqual(value, candidate));
}

/** Two items of `items` are equal as JSON values. */
export function hasDuplicates(items: readonly unknown[]): boolean {
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (jsonEqual(items[i], items[j])) return true;
  }
  return false;
}

/** A compiled pattern (`u` flag; without it when only that fails), or `undefined` when JavaScript cannot compile it (then not checked). */
export function pattern(source: string): RegExp | undefined {
  for (const flags of ["u", ""]) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try the next flags
    }
  }
  return undefined;
}

// -- issues --------------------------------------------------------------------------------

export function typeIssue(path: IssuePath, expected: string, value: unknown): ValidationIssue {
  return { path, rule: "type", message: `expected ${ARTICLES[expected] ?? `a ${expected}`}, got ${shown(value)}` };
}

export function missingIssue(path: IssuePath, key: string): ValidationIssue {
  return { path: [...path, key], rule: "required", message: "is required" };
}

/** Reports each key of `value` not in `known`, in sorted order (`skipNull`, in params: a key set to `null` or `undefined` is absent). */
export function unknownKeys(
  value: Readonly<Record<string, unknown>>,
  path: IssuePath,
  known: ReadonlySet<string>,
  issues: ValidationIssue[],
  skipNull = true,
): void {
  const extra = Object.keys(value).filter((key) => !known.has(key) && !(skipNull && value[key] == null));
  if (!extra.length) return;
  const allowed = [...known].sort().slice(0, 12).join(", ");
  for (const key of extra.sort(byCodePoint)) {
    issues.push({ path: [...path, key], rule: "unknown", message: `unknown key; allowed: ${allowed}` });
  }
}

function byCodePoint(one: string, two: string): number {
  const a = [...one];
  const b = [...two];
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index]?.codePointAt(0) ?? 0) - (b[index]?.codePointAt(0) ?? 0);
    if (difference) return difference;
  }
  return a.length - b.length;
}

export function enumIssue(path: IssuePath, allowed: Iterable<unknown>, value: unknown): ValidationIssue {
  return { path, rule: "enum", message: `expected one of ${[...allowed].map(shown).join(", ")}, got ${shown(value)}` };
}

export function boundIssue(path: IssuePath, rule: string, bound: number | bigint, value: unknown, exclusive = false): ValidationIssue {
  const texts = BOUND_TEXTS[rule] ?? [rule];
  const text = ((exclusive ? texts[1] : texts[0]) ?? texts[0]).replace("%", String(bound));
  const got = rule.endsWith("imum") || rule === "multiple_of" ? shown(value) : String(sizeOf(value));
  return { path, rule, message: `${text}, got ${got}` };
}

function sizeOf(value: unknown): number {
  if (typeof value === "string") return chars(value);
  if (Array.isArray(value)) return value.length;
  return isRecord(value) ? Object.keys(value).length : 0;
}

export function patternIssue(path: IssuePath, source: string, value: unknown): ValidationIssue {
  return { path, rule: "pattern", message: `must match ${JSON.stringify(source)}, got ${shown(value)}` };
}

export function uniqueIssue(path: IssuePath): ValidationIssue {
  return { path, rule: "unique_items", message: "must not contain duplicate items" };
}

export function readOnlyIssue(path: IssuePath): ValidationIssue {
  return { path, rule: "read_only", message: "is read-only and cannot be sent" };
}

export function writeOnlyIssue(path: IssuePath): ValidationIssue {
  return { path, rule: "write_only", message: "is write-only and should not be in a response" };
}

export function oneOfIssue(path: IssuePath, value: unknown, matched: number, expected: readonly string[]): ValidationIssue {
  return { path, rule: "one_of", message: `expected exactly one of ${expected.join(" or ")}, got ${shown(value)}, which is ${matched} of them` };
}

function samePath(one: IssuePath, two: IssuePath): boolean {
  return one.length === two.length && one.every((part, index) => part === two[index]);
}

/** The issues of the union branch with the right shape and fewest issues (the first on ties); else one `any_of` issue. */
export function bestBranch(path: IssuePath, value: unknown, branches: readonly ValidationIssue[][], expected: readonly string[]): ValidationIssue[] {
  let best: ValidationIssue[] | undefined;
  for (const issues of branches) {
    const wrongShape = issues.every((issue) => samePath(issue.path, path) && (issue.rule === "type" || issue.rule === "enum" || issue.rule === "any_of"));
    if (!wrongShape && (best === undefined || issues.length < best.length)) best = issues;
  }
  return best ?? [{ path, rule: "any_of", message: `expected ${expected.join(" or ")}, got ${shown(value)}` }];
}
