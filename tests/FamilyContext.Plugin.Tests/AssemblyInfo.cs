// Each test class starts its own copy of the service with WebApplicationFactory. With minimal hosting the
// factory finds its host through a process-wide diagnostic listener, so two factories starting at the same
// moment can pick up each other's configuration (and so each other's temporary store). Classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
