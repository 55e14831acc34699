package codegen.runtime.exception;

import codegen.runtime.validation.Validation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The params do not match the operation's schema: nothing was sent. {@link #getIssues} lists
 * each problem; {@link #getParam} is the first one's path ({@code components.buy_button.enabled}).
 * Thrown before any request unless the client was built with {@code setValidateRequests(false)}.
 */
public class ValidationException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

  private final transient List<Validation.Issue> issues;

  public ValidationException(String operation, List<Validation.Issue> issues) {
    super(message(operation, issues), 0, "parameter_invalid", issues.isEmpty() ? null : issues.get(0).getDottedPath(),
        "invalid_request_error", null, null, null);
    this.issues = Collections.unmodifiableList(new ArrayList<>(issues));
  }

  /** Every problem found, in the order of the params. */
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
    return "Invalid params for " + operation + ": " + String.join("; ", shown);
  }
}
