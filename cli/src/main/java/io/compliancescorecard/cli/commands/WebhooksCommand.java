package io.compliancescorecard.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.compliancescorecard.cli.ApiSession;
import io.compliancescorecard.cli.CliContext;
import io.compliancescorecard.cli.config.Environment;
import io.compliancescorecard.cli.error.CliException;
import io.compliancescorecard.cli.output.JsonData;
import io.compliancescorecard.cli.webhooks.MockAdmin;
import io.compliancescorecard.cli.webhooks.WebhookReceiver;
import io.compliancescorecard.sdk.model.WebhookEventType;
import io.compliancescorecard.sdk.webhooks.WebhookVerifier;
import java.net.URI;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `csc webhooks`: receive deliveries locally, and make the mock server send some. */
@Command(
    name = "webhooks",
    description = "Receive webhook deliveries and trigger them on the mock server.",
    subcommands = {WebhooksCommand.Listen.class, WebhooksCommand.Trigger.class})
final class WebhooksCommand {

  static final String SECRET_ENV = "CSC_WEBHOOK_SECRET";

  /** `webhooks listen`. */
  @Command(
      name = "listen",
      description = {
        "Receive deliveries on a local port, verify their X-Scorecard-Signature and print each event as"
            + " one JSON line on stdout. Forged or stale deliveries are answered 400 and reported on stderr.",
        "The signing secret is read from --secret-file, " + SECRET_ENV + " or a no-echo prompt."
      })
  static final class Listen extends BaseCommand {

    @Option(
        names = "--port",
        paramLabel = "PORT",
        description = "Port to listen on (default: 0, any free port).")
    int port;

    @Option(
        names = "--host",
        paramLabel = "ADDRESS",
        description = "Address to bind (default: 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(
        names = "--secret-file",
        paramLabel = "FILE",
        description = "File holding the signing secret; - reads it from stdin.")
    String secretFile;

    @Option(
        names = "--forward-to",
        paramLabel = "URL",
        description = "Also post each verified delivery, unchanged and still signed, to this URL.")
    URI forwardTo;

    @Option(
        names = "--register",
        description =
            "Subscribe this receiver on the mock server while it runs"
                + " (automatic with --env mock, whose URL is then printed for 'webhooks trigger').")
    boolean register;

    @Option(
        names = "--max-events",
        paramLabel = "N",
        description = "Exit after N verified events (default: run until interrupted).")
    Integer maxEvents;

    @Override
    void run(CliContext context) throws Exception {
      String secret =
          context
              .input()
              .secret("webhook signing secret", secretFile, SECRET_ENV, true)
              .orElseThrow();
      if (forwardTo != null
          && !"http".equals(forwardTo.getScheme())
          && !"https".equals(forwardTo.getScheme())) {
        throw CliException.usage("--forward-to must be an http or https URL");
      }
      try (WebhookReceiver receiver =
          new WebhookReceiver(
              host,
              port,
              new WebhookVerifier(secret),
              forwardTo,
              forwardTo == null ? null : context.session().http(),
              context.out(),
              context.err())) {
        ApiSession session =
            register || context.settings().environment() == Environment.MOCK
                ? context.session()
                : null;
        MockAdmin admin = session == null ? null : admin(context);
        String subscription = admin == null ? null : admin.subscribe(receiver.url(), secret);
        // Only now: once this line shows, a triggered event reaches the receiver.
        context
            .err()
            .println(
                "Listening for webhooks on "
                    + receiver.url()
                    + (maxEvents == null
                        ? " (Ctrl-C to stop)"
                        : " until " + maxEvents + " events"));
        if (session != null && session.embeddedMock()) {
          context
              .err()
              .println(
                  "Mock server at "
                      + session.baseUrl()
                      + "; fire events with: csc --base-url "
                      + session.baseUrl()
                      + " webhooks trigger policy.published");
        }
        context.err().flush();
        try {
          receiver.awaitEvents(maxEvents == null ? Integer.MAX_VALUE : maxEvents);
        } finally {
          if (subscription != null) {
            admin.unsubscribe(subscription);
          }
        }
      }
    }
  }

  /** `webhooks trigger EVENT`. */
  @Command(
      name = "trigger",
      description = {
        "Ask the mock server to send EVENT to its subscribers (mock-only: POST /_mock/webhooks/trigger);"
            + " prints the deliveries started."
      })
  static final class Trigger extends BaseCommand {

    @Parameters(
        paramLabel = "EVENT",
        completionCandidates = EventTypes.class,
        description = "Event type: ${COMPLETION-CANDIDATES}.")
    String event;

    @Option(
        names = "--data",
        paramLabel = "JSON",
        description = "The event's data object (default: realistic).")
    String data;

    @Override
    void run(CliContext context) {
      JsonNode payload = null;
      if (data != null) {
        try {
          payload = JsonData.MAPPER.readTree(data);
        } catch (JsonProcessingException e) {
          throw CliException.usage("--data is not valid JSON: " + e.getOriginalMessage());
        }
      }
      context
          .printer()
          .print(admin(context).trigger(event, payload), List.of("id", "event", "url", "status"));
    }
  }

  /** The event types of the SDK's generated model, which is generated from the spec. */
  static final class EventTypes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(WebhookEventType.values())
          .filter(type -> type != WebhookEventType.UNKNOWN_DEFAULT_OPEN_API)
          .map(WebhookEventType::getValue)
          .iterator();
    }
  }

  private static MockAdmin admin(CliContext context) {
    return new MockAdmin(context.session().http());
  }
}
