package com.example.stripe.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A file sent in a multipart request: its name, content type and bytes. */
public final class FileUpload {
  private final String filename;
  private final String contentType;
  private final byte[] content;

  private FileUpload(String filename, String contentType, byte[] content) {
    this.filename = Objects.requireNonNull(filename, "filename");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.content = content.clone();
  }

  /** The file at {@code path}, read now. */
  public static FileUpload of(Path path) throws IOException {
    String type = Files.probeContentType(path);
    return new FileUpload(
        String.valueOf(path.getFileName()),
        type == null ? "application/octet-stream" : type,
        Files.readAllBytes(path));
  }

  /** {@code content} sent as a file called {@code filename}. */
  public static FileUpload of(String filename, String contentType, byte[] content) {
    return new FileUpload(filename, contentType, Objects.requireNonNull(content, "content"));
  }

  public String getFilename() {
    return filename;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content.clone();
  }

  @Override
  public String toString() {
    return "FileUpload(" + filename + ", " + content.length + " bytes)";
  }
}
