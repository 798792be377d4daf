/** A consumer of the SDK as a module. */
module example.consumer {
  requires io.compliancescorecard.sdk;
}
