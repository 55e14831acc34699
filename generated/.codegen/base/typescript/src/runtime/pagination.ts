/**
 * Lists answered in pages, walked automatically.
 *
 * A `PageSpec`, written into each generated method, says how the API hands out pages:
 *
 * - `list`: the list envelope `{object: "list", data, has_more}`; the next page is asked with
 *   `starting_after=<id of the last item>`, or, when the first call gave `ending_before`
 *   (and no `starting_after`), walked backwards with `ending_before=<id of the first item>`,
 *   items in reverse;
 * - `search`: the envelope `{object: "search_result", data, has_more, next_page}`: `page=<next_page>`;
 * - `cursor`: a field of the body (`next` dotted: `next_cursor`, `meta.next`) is sent back as
 *   the query param `param`; the last page has none (or `has_more: false`);
 * - `offset`: `param` moves past the items seen; `page`: the page number `param` grows by one;
 *   both stop at an empty page or one shorter than the size asked for (`sizeParam`);
 * - `next_url`: a field (`next` dotted: `next_page_uri`, `links.next`) holds the next page's URL,
 *   absolute or relative to the page's own URL;
 * - `link`: an RFC 8288 `Link: <url>; rel="next"` header does.
 *
 * `items` names the body's field of items (`""`: the body is the list; default `data`). A next
 * URL on another host (or scheme, or port) than the page that named it is never followed: the
 * credentials stay with the API.
 *
 * `PagePromise` is what a list method returns: `await` it for the first `Page`, or
 * `for await` over it for every item of every page, fetched as needed.
 */

import type { RawResponse } from "./api-promise.js";

export type PageStyle = "list" | "search" | "cursor" | "offset" | "page" | "next_url" | "link";

export interface PageSpec {
  readonly style: PageStyle;
  /** The body's field of items (`""`: the body is the array); default `data`. */
  readonly items?: string;
  /** Dotted path of the cursor or next-URL field. */
  readonly next?: string;
  /** The query param taking the cursor, offset or page number. */
  readonly param?: string;
  /** The query param taking the page size. */
  readonly sizeParam?: string;
}

/** How to ask for the next page: new query params for the same path, or a whole URL. */
export type NextRequest = { readonly query: Readonly<Record<string, unknown>> } | { readonly url: string };

function dig(value: unknown, dotted: string): unknown {
  let here = value;
  for (const part of dotted ? dotted.split(".") : []) {
    here = typeof here === "object" && here !== null && !Array.isArray(here) ? (here as Record<string, unknown>)[part] : undefined;
  }
  return here;
}

/** The items of a page's body. */
export function itemsOf(spec: PageSpec, raw: unknown): unknown[] {
  const field = spec.items ?? "data";
  const value = field === "" ? raw : dig(raw, field);
  return Array.isArray(value) ? value : [];
}

/** The target of the `rel="next"` link of an RFC 8288 `Link` header. */
export function nextLink(header: string | null | undefined): string | undefined {
  for (const match of (header ?? "").matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    const params = match[2] ?? "";
    for (const rel of params.matchAll(/;\s*rel\s*=\s*(?:"([^"]*)"|([^";,\s]*))/gi)) {
      const names = (rel[1] ?? rel[2] ?? "").toLowerCase().split(/\s+/);
      if (names.includes("next")) return match[1];
    }
  }
  return undefined;
}

function idOf(item: unknown): string {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  if (typeof id !== "string" || id === "") throw new TypeError("cannot paginate: an item in the list's data has no id");
  return id;
}

/** Does a list envelope walk backwards (`ending_before` given, `starting_after` not)? */
export function walksBackwards(spec: PageSpec, query: Readonly<Record<string, unknown>> | undefined): boolean {
  return spec.style === "list" && query?.["ending_before"] != null && query["starting_after"] == null;
}

/**
 * The request for the page after the one answered (`raw`, its `Link` header, the URL it came
 * from, the query it was asked with), or `undefined` on the last page.
 */
export function nextRequest(
  spec: PageSpec,
  raw: unknown,
  query: Readonly<Record<string, unknown>> | undefined,
  link: string | null | undefined,
  url: string,
): NextRequest | undefined {
  const items = itemsOf(spec, raw);
  const current = { ...query };
  const body = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  switch (spec.style) {
    case "list": {
      if (body["has_more"] !== true || items.length === 0) return undefined;
      return walksBackwards(spec, query)
        ? { query: { ...current, ending_before: idOf(items[0]) } }
        : { query: { ...current, starting_after: idOf(items[items.length - 1]) } };
    }
    case "search": {
      const token = body["next_page"];
      if (body["has_more"] !== true || typeof token !== "string" || token === "") return undefined;
      return { query: { ...current, page: token } };
    }
    case "next_url":
    case "link": {
      const found = spec.style === "next_url" ? dig(raw, spec.next ?? "") : nextLink(link);
      if (typeof found !== "string" || found === "" || items.length === 0) return undefined;
      let target: URL;
      try {
        target = new URL(found, url);
      } catch {
        return undefined;
      }
      if (target.origin !== new URL(url).origin || target.href === url) return undefined; // another host: never sent the credentials
      return { url: target.href };
    }
    case "cursor": {
      if (items.length === 0) return undefined;
      const cursor = dig(raw, spec.next ?? "");
      if (cursor === undefined || cursor === null || cursor === "" || body["has_more"] === false) return undefined;
      const param = spec.param ?? "cursor";
      if (cursor === current[param]) return undefined; // the same cursor again: the API is not moving on
      return { query: { ...current, [param]: cursor } };
    }
    case "offset":
    case "page": {
      if (items.length === 0) return undefined;
      const size = spec.sizeParam ? current[spec.sizeParam] : undefined;
      if (typeof size === "number" && items.length < size) return undefined;
      const param = spec.param ?? spec.style;
      const at = Number(current[param] ?? (spec.style === "offset" ? 0 : 1));
      return { query: { ...current, [param]: spec.style === "offset" ? at + items.length : at + 1 } };
    }
  }
}

/** A page with its body's own fields (those the page has not got already: `has_more`, `url`...). */
export type PageOf<T, Raw> = Page<T, Raw> & Readonly<Omit<Raw, keyof Page<T, Raw>>>;

/**
 * One page of a list: `data` (its items, parsed), `raw` (the whole body), `response`; the
 * body's other fields are on the page too (`has_more`, `url`, `total_count`...), see `PageOf`.
 */
export class Page<T, Raw = unknown> implements Iterable<T> {
  readonly data: T[];
  readonly raw: Raw;
  readonly response: RawResponse;
  readonly #following: NextRequest | undefined;
  readonly #fetch: (next: NextRequest) => Promise<PageOf<T, Raw>>;
  readonly #backwards: boolean;

  constructor(
    data: T[],
    raw: Raw,
    response: RawResponse,
    following: NextRequest | undefined,
    fetch: (next: NextRequest) => Promise<PageOf<T, Raw>>,
    backwards = false,
  ) {
    this.data = data;
    this.raw = raw;
    this.response = response;
    this.#following = following;
    this.#fetch = fetch;
    this.#backwards = backwards;
    if (typeof raw === "object" && raw !== null && !Array.isArray(raw)) {
      for (const [key, value] of Object.entries(raw)) {
        if (!(key in this)) Object.defineProperty(this, key, { value, enumerable: true, writable: false, configurable: true });
      }
    }
  }

  /** Is there a page after this one? */
  get hasMore(): boolean {
    return this.#following !== undefined;
  }

  /** The page after this one (before it, for a list envelope walked backwards), or `null`. */
  async nextPage(): Promise<PageOf<T, Raw> | null> {
    return this.#following === undefined ? null : this.#fetch(this.#following);
  }

  /** This page's items (in the order `for await` gives them: reversed when walking backwards). */
  [Symbol.iterator](): Iterator<T> {
    return (this.#backwards ? [...this.data].reverse() : this.data)[Symbol.iterator]();
  }
}

/**
 * A list call: awaitable for its first page, `for await`-iterable over every item of every
 * page. The first page is asked for at once; the others as
 * the loop reaches them.
 */
export class PagePromise<T, Raw = unknown> implements PromiseLike<PageOf<T, Raw>>, AsyncIterable<T> {
  readonly #first: Promise<PageOf<T, Raw>>;

  constructor(send: () => Promise<PageOf<T, Raw>>) {
    this.#first = send();
  }

  #page(): Promise<PageOf<T, Raw>> {
    return this.#first;
  }

  then<R1 = PageOf<T, Raw>, R2 = never>(
    onfulfilled?: ((value: PageOf<T, Raw>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<PageOf<T, Raw> | R> {
    return this.#page().catch(onrejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (let page: PageOf<T, Raw> | null = await this.#page(); page !== null; page = await page.nextPage()) {
      yield* page;
    }
  }

  /** Call `handler` with every item; it stops the walk by returning `false`. */
  async autoPagingEach(handler: (item: T) => boolean | void | Promise<boolean | void>): Promise<void> {
    for await (const item of this) {
      if ((await handler(item)) === false) return;
    }
  }

  /** The first `limit` items of every page (a limit is required: a list can be long). */
  async autoPagingToArray(options: { readonly limit: number }): Promise<T[]> {
    if (!(options.limit > 0)) throw new RangeError("autoPagingToArray needs a limit > 0");
    const out: T[] = [];
    for await (const item of this) {
      out.push(item);
      if (out.length >= options.limit) break;
    }
    return out;
  }

  get [Symbol.toStringTag](): string {
    return "PagePromise";
  }
}
