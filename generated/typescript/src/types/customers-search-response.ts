// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Customer } from "./customer.js";

/** A page of search results. */
export interface CustomersSearchResponse {
  /** The customers matching the query on this page. */
  data: Customer[];
  /** Whether more results follow this page. */
  has_more: boolean;
  /** Cursor for the next page of results; null on the last page. */
  next_page?: string | null;
  /** Always `search_result`. */
  object: "search_result";
  /** Total number of matching objects. Only present when requested with `expand[]=total_count`. */
  total_count?: number;
  /** The URL of this search. */
  url: string;
}
