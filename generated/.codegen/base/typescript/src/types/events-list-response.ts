// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import type { Event } from "./event.js";

/** A page of events. */
export interface EventsListResponse {
  /** The events on this page. */
  data: Event[];
  /** Whether more events follow this page. */
  has_more: boolean;
  /** Always `list`. */
  object: "list";
  /** The URL of this list. */
  url: string;
}
