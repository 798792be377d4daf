package io.compliancescorecard.mock.internal.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.compliancescorecard.mock.internal.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A data set the store starts from and resets to: the packaged seed ({@code mock/seed.json}) or a
 * file of the same shape.
 *
 * @param globalAssessmentTemplates templates every client sees
 * @param clients each client with what belongs to it
 */
public record SeedData(
    List<Company> companies,
    List<User> users,
    List<Category> categories,
    List<AssessmentTemplate> globalAssessmentTemplates,
    List<SeedClient> clients) {

  /** The packaged seed's classpath resource. */
  public static final String RESOURCE = "mock/seed.json";

  /**
   * A client and its sub-resources.
   *
   * @param assessmentTemplates the client's own templates (the global ones are listed apart)
   */
  public record SeedClient(
      Client client,
      List<Policy> policies,
      List<AssessmentEvent> assessmentEvents,
      List<AssessmentTemplate> assessmentTemplates,
      List<ApiKey> apiKeys) {}

  /** The packaged seed, which reproduces every example of the API reference. */
  public static SeedData packaged() {
    try (InputStream in = SeedData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return read(in.readAllBytes(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A data file of the seed's shape.
   *
   * @throws IllegalArgumentException when the file cannot be read or is not a valid data set
   */
  public static SeedData fromFile(Path file) {
    try {
      return read(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read data file " + file + ": " + e.getMessage(), e);
    }
  }

  private static SeedData read(byte[] json, String source) {
    try {
      SeedData data =
          Json.MAPPER
              .readerFor(SeedData.class)
              .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .readValue(json);
      if (data == null
          || data.companies() == null
          || data.users() == null
          || data.clients() == null) {
        throw new IllegalArgumentException(source + " needs companies, users and clients");
      }
      return data;
    } catch (IOException e) {
      throw new IllegalArgumentException(
          source
              + " is not a valid data set: "
              + where(e)
              + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                  ? j.getOriginalMessage()
                  : e.getMessage()),
          e);
    }
  }

  /**
   * Where the problem is: the JSON pointer of the field, and the line and column of a syntax error.
   */
  private static String where(IOException e) {
    StringBuilder where = new StringBuilder();
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      m.getPath()
          .forEach(
              r ->
                  where
                      .append('/')
                      .append(
                          r.getFieldName() != null
                              ? r.getFieldName().replace("~", "~0").replace("/", "~1")
                              : Integer.toString(r.getIndex())));
    }
    Throwable syntax =
        e instanceof com.fasterxml.jackson.core.JsonParseException ? e : e.getCause();
    if (syntax instanceof com.fasterxml.jackson.core.JsonParseException p
        && p.getLocation() != null) {
      where
          .append(where.length() == 0 ? "" : " ")
          .append("(line ")
          .append(p.getLocation().getLineNr())
          .append(", column ")
          .append(p.getLocation().getColumnNr())
          .append(')');
    }
    return where.length() == 0 ? "" : where + ": ";
  }
}
