/** The only source of "now" in aduan. Inject a virtual clock in tests and simulations. */
export interface Clock {
  now(): Date;
}
