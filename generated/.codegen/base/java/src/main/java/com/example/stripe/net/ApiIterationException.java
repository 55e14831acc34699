package com.example.stripe.net;

import com.example.stripe.exception.ApiException;

/** Auto-paging failed to fetch a page: {@link #getCause()} is the API's error. */
public final class ApiIterationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ApiIterationException(ApiException cause) {
    super(cause.getMessage(), cause);
  }

  @Override
  public synchronized ApiException getCause() {
    return (ApiException) super.getCause();
  }
}
