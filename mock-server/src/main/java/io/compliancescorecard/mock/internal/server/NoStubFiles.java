package io.compliancescorecard.mock.internal.server;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * WireMock's source of stub mappings, replaced by one without files: the mock has no stubs, and the
 * default (a folder of JSON files, named through a Handlebars template engine of its own) costs a
 * start about a tenth of a second. Internal.
 */
public final class NoStubFiles implements MappingsSource {

  /** The one instance WireMock is configured with. */
  public static final NoStubFiles INSTANCE = new NoStubFiles();

  private NoStubFiles() {}

  @Override
  public void loadMappingsInto(StubMappings stubMappings) {
    // No files, so no stubs to load.
  }

  @Override
  public void save(List<StubMapping> stubMappings) {
    // Stubs are never written to files.
  }

  @Override
  public void save(StubMapping stubMapping) {
    // Stubs are never written to files.
  }

  @Override
  @SuppressWarnings("removal")
  public void remove(StubMapping stubMapping) {
    // No file to remove.
  }

  @Override
  public void removeAll() {
    // No files to remove.
  }
}
