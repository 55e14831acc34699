// File generated from customer_sessions.yaml by codegen. Do not edit.
package com.example.stripe.param;

import com.example.stripe.net.ApiParams;
import java.util.List;
import java.util.Map;

/**
 * Params of Retrieve a SetupIntent.
 */
public final class SetupIntentRetrieveParams extends ApiParams {
  private SetupIntentRetrieveParams(Map<String, Object> values) {
    super(values);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The client secret of the SetupIntent. Required when retrieving with a publishable key.
   */
  public String getClientSecret() {
    return get("client_secret", String.class);
  }

  /**
   * Fields of the response to expand.
   */
  public List<String> getExpand() {
    return getList("expand");
  }

  /** Builds {@link SetupIntentRetrieveParams}: each setter returns the builder. */
  public static final class Builder extends ApiParams.Builder<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The client secret of the SetupIntent. Required when retrieving with a publishable key.
     */
    public Builder setClientSecret(String clientSecret) {
      return set("client_secret", clientSecret);
    }

    /**
     * Fields of the response to expand.
     * <p>
     * Adds an element to expand.
     */
    public Builder addExpand(String element) {
      return add("expand", element);
    }

    /**
     * Fields of the response to expand.
     * <p>
     * Adds every element to expand.
     */
    public Builder addAllExpand(List<String> elements) {
      return addAll("expand", elements);
    }

    /** The params; throws {@link IllegalStateException} when a required param is not set. */
    public SetupIntentRetrieveParams build() {
      return new SetupIntentRetrieveParams(values("setup_intents.retrieve"));
    }
  }
}
