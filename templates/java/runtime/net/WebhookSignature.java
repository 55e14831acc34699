package codegen.runtime.net;

import codegen.runtime.exception.SignatureVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
// codegen:stripe
 * Webhook signatures, checked in constant time ({@link MessageDigest#isEqual}): Stripe's {@code
 * Stripe-Signature} header ({@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload">}, any {@code
 * v1} may match) and the Standard Webhooks headers ({@code webhook-id}, {@code
// codegen:else
 * Webhook signatures, checked in constant time ({@link MessageDigest#isEqual}): the Standard
 * Webhooks headers ({@code webhook-id}, {@code
// codegen:end
 * webhook-timestamp}, {@code webhook-signature}: {@code v1,<base64 HMAC-SHA256 of
 * "id.timestamp.payload">}, the secret {@code whsec_<base64>}).
 */
public final class WebhookSignature {
  /** Seconds a signature's timestamp may be away from now. */
  public static final long DEFAULT_TOLERANCE = 300;

  private WebhookSignature() {}

  // codegen:stripe
  /**
   * Checks Stripe's {@code Stripe-Signature} header of {@code payload}; a {@code tolerance} of 0
   * or less does not check the timestamp.
   */
  public static void verifyHeader(String payload, String sigHeader, String secret, long tolerance)
      throws SignatureVerificationException {
    if (sigHeader == null || payload == null || secret == null || secret.isEmpty()) {
      throw new SignatureVerificationException("No signature header, payload or secret", sigHeader);
    }
    long timestamp = -1;
    List<String> signatures = new ArrayList<>();
    for (String item : sigHeader.split(",")) {
      String[] pair = item.trim().split("=", 2);
      if (pair.length != 2) {
        continue;
      }
      if (pair[0].equals("t")) {
        try {
          timestamp = Long.parseLong(pair[1]);
        } catch (NumberFormatException malformed) {
          throw new SignatureVerificationException("Unable to extract timestamp from header", sigHeader);
        }
      } else if (pair[0].equals("v1")) {
        signatures.add(pair[1]);
      }
    }
    if (timestamp < 0) {
      throw new SignatureVerificationException("Unable to extract timestamp and signatures from header", sigHeader);
    }
    if (signatures.isEmpty()) {
      throw new SignatureVerificationException("No signatures found with expected scheme", sigHeader);
    }
    byte[] expected = hex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + payload))
        .getBytes(StandardCharsets.UTF_8);
    boolean matched = false;
    for (String signature : signatures) {
      matched |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }
    if (!matched) {
      throw new SignatureVerificationException("No signatures found matching the expected signature for payload",
          sigHeader);
    }
    checkTime(timestamp, tolerance, sigHeader);
  }

  // codegen:end
  /**
   * Checks the Standard Webhooks headers of {@code payload} (names in any case); the secret is
   * {@code whsec_} and the key in base64.
   */
  public static void verifyStandard(String payload, Map<String, String> headers, String secret, long tolerance)
      throws SignatureVerificationException {
    String id = header(headers, "webhook-id");
    String time = header(headers, "webhook-timestamp");
    String signatures = header(headers, "webhook-signature");
    if (id == null || time == null || signatures == null || payload == null || secret == null
        || secret.isEmpty()) {
      throw new SignatureVerificationException("Missing webhook-id, webhook-timestamp or webhook-signature",
          signatures);
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(time.trim());
    } catch (NumberFormatException malformed) {
      throw new SignatureVerificationException("Invalid webhook-timestamp", signatures);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
    } catch (IllegalArgumentException malformed) {
      throw new SignatureVerificationException("The secret is not base64", signatures);
    }
    if (key.length == 0) {
      throw new SignatureVerificationException("The secret is empty", signatures);
    }
    byte[] expected = Base64.getEncoder().encodeToString(hmac(key, id + "." + timestamp + "." + payload))
        .getBytes(StandardCharsets.UTF_8);
    boolean matched = false;
    for (String item : signatures.trim().split(" ")) {
      String[] pair = item.split(",", 2);
      if (pair.length == 2 && pair[0].equals("v1")) {
        matched |= MessageDigest.isEqual(expected, pair[1].getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!matched) {
      throw new SignatureVerificationException("No signature matches the payload", signatures);
    }
    checkTime(timestamp, tolerance, signatures);
  }

  private static void checkTime(long timestamp, long tolerance, String sigHeader)
      throws SignatureVerificationException {
    long now = System.currentTimeMillis() / 1000;
    if (tolerance > 0 && Math.abs(now - timestamp) > tolerance) {
      throw new SignatureVerificationException("Timestamp outside the tolerance zone", sigHeader);
    }
  }

  private static String header(Map<String, String> headers, String name) {
    for (Map.Entry<String, String> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().toLowerCase(Locale.ROOT).equals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static byte[] hmac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
      throw new IllegalStateException("HmacSHA256 is not available", impossible);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }
}
