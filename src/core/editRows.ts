/**
 * `items` with each replaced by what `edit` gives for it, or left out where it gives null.
 * When every item comes back as it was, the answer is `items` itself: a clean table of
 * millions of rows is not copied. Otherwise the copy starts at the first item changed.
 */
export function editRows<T>(items: T[], edit: (item: T) => T | null): T[] {
  let kept: T[] | null = null;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    const next = edit(item);
    if (next !== item) kept ??= items.slice(0, i);
    if (next !== null) kept?.push(next);
  }
  return kept ?? items;
}
