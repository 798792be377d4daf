package io.compliancescorecard.mock.internal.server;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Jetty's HTTP/1.1 connections, except that a request Jetty's parser refuses is always answered
 * with a 4xx: the parser says 505 to an HTTP/0.9 request line and 501 to an unknown transfer
 * coding, but a request that cannot be parsed is the client's mistake, never the server's.
 */
final class ClientErrorsConnectionFactory extends HttpConnectionFactory {

  ClientErrorsConnectionFactory(HttpConfiguration config) {
    super(config);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection =
        new HttpConnection(
            getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
          @Override
          protected HttpChannelOverHttp newHttpChannel() {
            return new HttpChannelOverHttp(
                this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
              @Override
              public void badMessage(BadMessageException failure) {
                super.badMessage(
                    failure.getCode() >= 500
                        ? new BadMessageException(400, failure.getReason(), failure)
                        : failure);
              }
            };
          }
        };
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }
}
