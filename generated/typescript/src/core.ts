// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { RequestOptions } from "./runtime/index.js";

/** `options` with an operation's header params added (those given; the caller's own headers win). */
export function withHeaders<O extends RequestOptions>(options: O | undefined, values: Readonly<Record<string, unknown>>): O {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null) headers[name] = String(value);
  }
  return { ...options, headers: { ...headers, ...options?.headers } } as O;
}
