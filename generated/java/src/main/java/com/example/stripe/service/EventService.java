// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.service;

import com.example.stripe.exception.ApiException;
import com.example.stripe.model.Event;
import com.example.stripe.net.ApiRequest;
import com.example.stripe.net.ApiRequestor;
import com.example.stripe.net.ApiService;
import com.example.stripe.net.Page;
import com.example.stripe.net.RequestOptions;
import com.example.stripe.param.EventListParams;
import com.example.stripe.param.EventRetrieveParams;
import com.example.stripe.validation.Validators;

/**
 * Operations on events.
 */
public final class EventService extends ApiService {

  public EventService(ApiRequestor requestor) {
    super(requestor);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public Page<Event> list() throws ApiException {
    return list(null, null);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public Page<Event> list(EventListParams params) throws ApiException {
    return list(params, null);
  }

  /**
   * Lists events from the last 30 days, most recent first. Each event's {@code data} is rendered
   * with the API version in use when it was created.
   */
  public Page<Event> list(EventListParams params, RequestOptions options) throws ApiException {
    return requestor().requestPage(
        ApiRequest.of("GET", "/v1/events")
            .with(params, options)
            .validate(Validators::eventsList)
            .validateResponse(Validators::eventsListResponse),
        Event.class,
        null,
        false);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public Event retrieve(String id) throws ApiException {
    return retrieve(id, null, null);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public Event retrieve(String id, EventRetrieveParams params) throws ApiException {
    return retrieve(id, params, null);
  }

  /**
   * Retrieves an event created in the last 30 days, given its ID.
   */
  public Event retrieve(
      String id, EventRetrieveParams params, RequestOptions options) throws ApiException {
    return requestor().request(
        ApiRequest.of("GET", "/v1/events/{id}", id)
            .with(params, options)
            .validate(Validators::eventsRetrieve)
            .validateResponse(Validators::eventsRetrieveResponse),
        Event.class,
        null);
  }
}
