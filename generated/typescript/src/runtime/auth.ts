/**
 * Authentication: the API's security schemes, and the credentials the client was given.
 *
 * An `Auth` knows every scheme the API declares (by the spec's name) and this client's
 * credentials. Each call names the schemes its operation accepts (`security`; `undefined`:
 * the API's usual ones, `[]`: none) and `Auth.apply` uses the first of them, in that order,
 * whose credentials the client has:
 *
 * - `bearer`: `Authorization: Bearer <apiKey>` (or the token `tokenProvider` returns);
 * - `basic`: `Authorization: Basic base64(username:password)`;
 * - `apiKey`: the key in the header, query parameter or cookie the scheme names;
 * - `oauth2`: a bearer token: `apiKey` or `tokenProvider` when given, else one fetched from the
 *   scheme's token URL with `clientId` and `clientSecret` (the client-credentials grant, the
 *   pair sent with HTTP Basic), kept until `expires_in` less 30 seconds, shared by the calls
 *   that need it at the same time, and fetched anew once when the API answers 401.
 *
 * When none applies the call fails with `MissingCredentialsError` before anything is sent.
 * Credentials live in private fields: they are not enumerable, not in `JSON.stringify` or
 * Node's inspection, and `secrets()` lists them for the requestor to mask.
 */

import { MissingCredentialsError } from "./errors.js";

export type Scheme =
  | { readonly kind: "bearer" }
  | { readonly kind: "basic" }
  | { readonly kind: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  | { readonly kind: "oauth2"; readonly tokenUrl?: string };

export interface Credentials {
  /** Bearer token or API key. */
  readonly apiKey?: string | undefined;
  /** HTTP basic credentials. */
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** OAuth2 client credentials. */
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  /** Called for a bearer token before each request (your own OAuth2 flow, a rotating token); wins over `apiKey`. */
  readonly tokenProvider?: (() => string | Promise<string>) | undefined;
}

/** What one request carries for authentication. */
export interface Applied {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: ReadonlyArray<readonly [string, string]>;
  readonly cookies: ReadonlyArray<readonly [string, string]>;
  /** The OAuth2 scheme whose fetched token a 401 renews (`undefined`: none). */
  readonly refreshable: string | undefined;
}

/** Sends a client-credentials grant: `(url, headers, body)` -> the token endpoint's JSON. */
export type TokenFetcher = (url: string, headers: Record<string, string>, body: string) => Promise<unknown>;

/** Seconds before a fetched token's expiry at which it is no longer used. */
export const TOKEN_MARGIN_SECONDS = 30;

interface Token {
  readonly value: string;
  readonly expiresAt: number; // Date.now() milliseconds; Infinity when the server gave no expiry
}

/** How many credentials met in passing are kept for masking (a rotating token must not grow it forever). */
const SEEN_KEPT = 32;

const NONE: Applied = { headers: {}, query: [], cookies: [], refreshable: undefined };

/** `value`, refused (without echoing it) when empty or holding whitespace or control characters. */
export function checkCredential(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${name} must be a non-empty string: pass your credential (for example from an environment variable)`);
  }
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new TypeError(`${name} contains whitespace or non-printable characters (check for a stray newline or quote)`);
  }
  return value;
}

/** Base64 of `text`'s UTF-8 bytes (no Buffer: browsers too). */
export function base64(text: string | Uint8Array): string {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const CREDENTIAL_NAMES = ["apiKey", "username", "password", "clientId", "clientSecret"] as const;
type CredentialName = (typeof CREDENTIAL_NAMES)[number];

export class Auth {
  readonly schemes: Readonly<Record<string, Scheme>>;
  readonly defaultSecurity: ReadonlyArray<string>;
  readonly #given = new Map<CredentialName, string>();
  readonly #tokenProvider: (() => string | Promise<string>) | undefined;
  readonly #tokens = new Map<string, Token>();
  readonly #pending = new Map<string, Promise<Token>>();
  /** Credentials met in passing (per-call keys, provided and refused tokens), masked too; the latest few. */
  readonly #seen = new Set<string>();

  /**
   * @param schemes every scheme of the API, by the spec's name
   * @param defaultSecurity the schemes an operation accepts when it does not say (the spec's global `security`)
   */
  constructor(schemes: Readonly<Record<string, Scheme>>, defaultSecurity: ReadonlyArray<string>, credentials: Credentials = {}) {
    this.schemes = { ...schemes };
    this.defaultSecurity = [...defaultSecurity];
    for (const name of CREDENTIAL_NAMES) {
      const value = credentials[name];
      if (value !== undefined) this.#given.set(name, checkCredential(name, value));
    }
    this.#tokenProvider = credentials.tokenProvider;
  }

  /** `Authorization: Bearer <apiKey>` on every call. */
  static bearer(apiKey: string): Auth {
    return new Auth({ bearer: { kind: "bearer" } }, ["bearer"], { apiKey });
  }

  /** Every credential and token value to mask (the user name too: it is often an account id). */
  secrets(): string[] {
    return [...this.#given.values(), ...[...this.#tokens.values()].map((token) => token.value), ...this.#seen];
  }

  #remember(value: string): void {
    this.#seen.delete(value);
    this.#seen.add(value);
    for (const oldest of this.#seen) {
      if (this.#seen.size <= SEEN_KEPT) break;
      this.#seen.delete(oldest);
    }
  }

  /** Has the client the credential `name`? */
  has(name: CredentialName): boolean {
    return this.#given.has(name);
  }

  /**
   * The headers, query params and cookies of the first usable scheme of `security`.
   * `apiKey` (a per-request key) replaces the client's for this call.
   */
  async apply(security: ReadonlyArray<string> | undefined, fetchToken: TokenFetcher, apiKey?: string): Promise<Applied> {
    const accepted = (security ?? this.defaultSecurity).filter((name) => name in this.schemes);
    if (accepted.length === 0) return NONE;
    const key = apiKey !== undefined ? checkCredential("apiKey", apiKey) : this.#given.get("apiKey");
    if (apiKey !== undefined) this.#remember(apiKey);
    for (const name of accepted) {
      const scheme = this.schemes[name];
      if (scheme === undefined) continue;
      const applied = await this.#apply(name, scheme, key, fetchToken);
      if (applied !== undefined) return applied;
    }
    throw new MissingCredentialsError(
      `this call needs credentials the client was not given: ${accepted.map((name) => needs(this.schemes[name])).join("; or ")}`,
    );
  }

  async #apply(name: string, scheme: Scheme, key: string | undefined, fetchToken: TokenFetcher): Promise<Applied | undefined> {
    switch (scheme.kind) {
      case "basic": {
        const username = this.#given.get("username");
        const password = this.#given.get("password");
        if (username === undefined || password === undefined) return undefined;
        return { ...NONE, headers: { Authorization: `Basic ${base64(`${username}:${password}`)}` } };
      }
      case "apiKey":
        if (key === undefined) return undefined;
        if (scheme.in === "query") return { ...NONE, query: [[scheme.name, key]] };
        if (scheme.in === "cookie") return { ...NONE, cookies: [[scheme.name, key]] };
        return { ...NONE, headers: { [scheme.name]: key } };
      case "bearer":
      case "oauth2": {
        if (this.#tokenProvider !== undefined) {
          const token = checkCredential("token", await this.#tokenProvider());
          this.#remember(token);
          return { ...NONE, headers: { Authorization: `Bearer ${token}` } };
        }
        if (key !== undefined) return { ...NONE, headers: { Authorization: `Bearer ${key}` } };
        if (scheme.kind !== "oauth2" || !scheme.tokenUrl || !this.has("clientId") || !this.has("clientSecret")) return undefined;
        const token = await this.#token(name, scheme.tokenUrl, fetchToken);
        return { ...NONE, headers: { Authorization: `Bearer ${token.value}` }, refreshable: name };
      }
    }
  }

  /** The scheme's kept token, or one fetched (one fetch shared by concurrent calls). */
  #token(name: string, url: string, fetchToken: TokenFetcher): Promise<Token> {
    const kept = this.#tokens.get(name);
    if (kept !== undefined && kept.expiresAt > Date.now()) return Promise.resolve(kept);
    const pending = this.#pending.get(name);
    if (pending !== undefined) return pending;
    const fetching = this.#grant(url, fetchToken).then(
      (token) => {
        this.#tokens.set(name, token);
        this.#pending.delete(name);
        return token;
      },
      (error: unknown) => {
        this.#pending.delete(name);
        throw error;
      },
    );
    this.#pending.set(name, fetching);
    return fetching;
  }

  async #grant(url: string, fetchToken: TokenFetcher): Promise<Token> {
    const pair = `${this.#given.get("clientId") ?? ""}:${this.#given.get("clientSecret") ?? ""}`;
    const answer = await fetchToken(
      url,
      {
        Authorization: `Basic ${base64(pair)}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      "grant_type=client_credentials",
    );
    const record = typeof answer === "object" && answer !== null ? (answer as Record<string, unknown>) : {};
    const value = record["access_token"];
    if (typeof value !== "string" || value === "") throw new TypeError("the token endpoint's answer has no access_token");
    const lifetime = record["expires_in"];
    const seconds = typeof lifetime === "number" ? lifetime : typeof lifetime === "string" && lifetime.trim() !== "" ? Number(lifetime) : NaN;
    const expiresAt = Number.isFinite(seconds) ? Date.now() + (seconds - TOKEN_MARGIN_SECONDS) * 1000 : Infinity;
    return { value, expiresAt };
  }

  /**
   * Drop scheme `name`'s fetched token (the API refused it): the next `apply` fetches another.
   * With `refused` (the `Authorization` header sent), only when it still is that token: of
   * several calls refused at once, the first one's new token is kept for the others.
   */
  forgetToken(name: string, refused?: string): void {
    const token = this.#tokens.get(name);
    if (token === undefined || (refused !== undefined && refused !== `Bearer ${token.value}`)) return;
    this.#remember(token.value); // still masked should a server echo it later
    this.#tokens.delete(name);
  }

  toJSON(): Record<string, unknown> {
    return { schemes: Object.keys(this.schemes), credentials: "***" };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Auth { schemes: ${JSON.stringify(Object.keys(this.schemes))}, credentials: '***' }`;
  }
}

function needs(scheme: Scheme | undefined): string {
  switch (scheme?.kind) {
    case "basic":
      return "username and password";
    case "oauth2":
      return scheme.tokenUrl ? "apiKey, tokenProvider, or clientId and clientSecret" : "apiKey or tokenProvider";
    case "bearer":
      return "apiKey or tokenProvider";
    default:
      return "apiKey";
  }
}
