/**
 * How a map cell's figure is known on a given day. The codes are stored in typed arrays and
 * read by shaders, so they are small fixed integers.
 */
export const enum Status {
  None = 0,
  Observed = 1,
  Carried = 2,
  Interpolated = 3,
  Stale = 4,
  /** A figure whose day is known only within bounds, from its earliest possible day on. */
  Uncertain = 5,
}

/**
 * Fill opacity per status, indexed by code: observed figures are solid, anything not seen that
 * day is faded; stale cells take the no-data colour.
 */
export const FILL_ALPHA = [0, 235, 110, 165, 0, 150] as const;
