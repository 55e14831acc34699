package com.example.stripe.net;

import java.util.Objects;

/** The base of generated services: they send through the client's {@link ApiRequestor}. */
public abstract class ApiService {
  private final ApiRequestor requestor;

  protected ApiService(ApiRequestor requestor) {
    this.requestor = Objects.requireNonNull(requestor, "requestor");
  }

  protected final ApiRequestor requestor() {
    return requestor;
  }
}
