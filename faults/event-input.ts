// The event a working-group member logs in the load test, the fault scenarios and the lock-wait test: valid against
// the demo data (programme, event type, ORP) and told apart by its idempotency key.
export const memberEvent = (key: string) => ({
  idempotencyKey: key,
  programmeId: "prog-nrp-2024",
  eventTypeId: "TALK",
  title: `Beseda ${key}`,
  startDate: "2026-06-15",
  placeId: "5105",
  audience: "PUBLIC",
  realisation: "REALISED",
  peopleReached: "20",
  submit: true,
});
