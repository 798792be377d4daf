package io.compliancescorecard.mock.internal.server;

import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;

/**
 * WireMock's proxy HTTP client, replaced by one that is never used: the mock proxies nothing, and
 * the default (Apache HttpClient 5) costs a few hundred classes at every start. Internal.
 */
public final class NoProxyClient {

  /** The factory WireMock is configured with. */
  public static final HttpClientFactory FACTORY =
      (options, trustAll, trustedHosts, useSystemProperties) ->
          request -> {
            throw new UnsupportedOperationException("the mock server does not proxy");
          };

  private NoProxyClient() {}
}
