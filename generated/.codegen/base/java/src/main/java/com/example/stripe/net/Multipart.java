package com.example.stripe.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** {@code multipart/form-data} bodies: form-encoded keys, each value a part; files as file parts. */
public final class Multipart {
  private final String boundary = "codegen-" + UUID.randomUUID();
  private final byte[] body;

  /** The body of {@code params}: a {@link FileUpload} is a file part, anything else a form field. */
  public Multipart(Map<String, ?> params) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, ?> entry : params.entrySet()) {
      Object value = entry.getValue();
      if (value instanceof FileUpload) {
        FileUpload file = (FileUpload) value;
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + escape(entry.getKey())
            + "\"; filename=\"" + escape(file.getFilename()) + "\"\r\nContent-Type: " + file.getContentType()
            + "\r\n\r\n");
        out.writeBytes(file.getContent());
        write(out, "\r\n");
      } else if (value != null) {
        for (Map.Entry<String, String> pair : FormEncoder.pairs(Map.of(entry.getKey(), value))) {
          write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + escape(pair.getKey())
              + "\"\r\n\r\n" + pair.getValue() + "\r\n");
        }
      }
    }
    write(out, "--" + boundary + "--\r\n");
    body = out.toByteArray();
  }

  /** The {@code Content-Type} header, with the boundary. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  public byte[] body() {
    return body.clone();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
  }
}
