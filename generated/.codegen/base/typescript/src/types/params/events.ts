// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

/** Parameters of `client.events.list`. */
export interface EventListParams {
  /**
   * Only return events created during this interval: either an exact Unix timestamp, or a range
   * given with `gt`, `gte`, `lt` and `lte`.
   */
  created?: EventListParams.Created | number;
  /** Filter by whether the event was delivered successfully to all of its webhook endpoints. */
  delivery_success?: boolean;
  /**
   * A cursor for pagination: the ID of an object. The page returned ends just before that object,
   * so pass the first ID of the current page to fetch the previous page.
   */
  ending_before?: string;
  /** Fields of the response to expand. */
  expand?: string[];
  /** Maximum number of objects to return, between 1 and 100. Defaults to 10. */
  limit?: number;
  /**
   * A cursor for pagination: the ID of an object. The page returned starts just after that object,
   * so pass the last ID of the current page to fetch the next page.
   */
  starting_after?: string;
  /**
   * Only return events of this type, such as `customer.created`. A `*` wildcard may stand for one
   * dot-separated part, as in `payment_intent.*`.
   */
  type?: string;
  /**
   * Only return events whose type is in this list (at most 20 types). Use either `type` or `types`,
   * not both.
   */
  types?: string[];
}

export namespace EventListParams {
  /** A range of Unix timestamps; give any combination of bounds. */
  export interface Created {
    /** Only values strictly greater than this. */
    gt?: number;
    /** Only values greater than or equal to this. */
    gte?: number;
    /** Only values strictly less than this. */
    lt?: number;
    /** Only values less than or equal to this. */
    lte?: number;
  }
}

/** Parameters of `client.events.retrieve`. */
export interface EventRetrieveParams {
  /** Fields of the response to expand. */
  expand?: string[];
}
