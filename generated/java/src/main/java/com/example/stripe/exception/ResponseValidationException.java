package com.example.stripe.exception;

import com.example.stripe.validation.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The API answered a body that does not match the operation's schema. Thrown only by a client
 * built with {@code setStrict(true)}, which checks each JSON answer before reading it into
 * models. {@link #getIssues} lists each problem ({@link Validation.Issue#getPath} is its place
 * in the body); {@link #getBody} is the body as it came.
 */
public class ResponseValidationException extends ApiException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

  private final transient List<Validation.Issue> issues;

  public ResponseValidationException(String operation, List<Validation.Issue> issues, int statusCode,
      String requestId, Map<String, List<String>> headers, String body) {
    super(message(operation, issues), statusCode, "response_invalid",
        issues.isEmpty() ? null : issues.get(0).getDottedPath(), null, requestId, headers, body, null);
    this.issues = Collections.unmodifiableList(new ArrayList<>(issues));
  }

  /** Every problem found, in the order of the body. */
  public List<Validation.Issue> getIssues() {
    return issues == null ? List.of() : issues;
  }

  private static String message(String operation, List<Validation.Issue> issues) {
    List<String> shown = new ArrayList<>();
    for (Validation.Issue issue : issues.subList(0, Math.min(SHOWN, issues.size()))) {
      shown.add(issue.toString());
    }
    if (issues.size() > SHOWN) {
      shown.add("... " + (issues.size() - SHOWN) + " more");
    }
    return "The response of " + operation + " does not match the API's schema: " + String.join("; ", shown);
  }
}
