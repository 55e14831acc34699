// File generated from customer_sessions.yaml by codegen. Do not edit: regenerate instead.

import {
  encodePathParam,
  type APIPromise,
  type PagePromise,
  type Requestor,
  type StripeRequestOptions,
} from "../runtime/index.js";
import * as validators from "../validators.js";
import type { Event } from "../types/event.js";
import type { EventsListResponse } from "../types/events-list-response.js";
import type { EventListParams, EventRetrieveParams } from "../types/params/events.js";

/** The `events` endpoints: `client.events`. */
export class EventsResource {
  readonly #requestor: Requestor;

  constructor(requestor: Requestor) {
    this.#requestor = requestor;
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's `data` is rendered with the
   * API version in use when it was created.
   */
  list(params: EventListParams = {}, options?: StripeRequestOptions): PagePromise<Event, EventsListResponse> {
    return this.#requestor.requestPage<Event, EventsListResponse>(
      {
        method: "GET",
        path: "/v1/events",
        query: params,
        validate: () => validators.eventsList(params),
        check: validators.eventsListResponse,
      },
      { style: "list" },
      options,
    );
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   *
   * @param id - ID of the event to retrieve.
   */
  retrieve(id: string, params: EventRetrieveParams = {}, options?: StripeRequestOptions): APIPromise<Event> {
    return this.#requestor.request<Event>(
      {
        method: "GET",
        path: `/v1/events/${encodePathParam(id)}`,
        query: params,
        validate: () => validators.eventsRetrieve(params),
        check: validators.eventsRetrieveResponse,
      },
      options,
    );
  }
}
