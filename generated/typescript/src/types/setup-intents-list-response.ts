// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { SetupIntent } from "./setup-intent.js";

/** A page of SetupIntents. */
export interface SetupIntentsListResponse {
  /** The SetupIntents on this page. */
  data: SetupIntent[];
  /** Whether more SetupIntents follow this page. */
  has_more: boolean;
  /** Always `list`. */
  object: "list";
  /** The URL of this list. */
  url: string;
}
