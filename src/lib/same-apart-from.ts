type Fields = Record<PropertyKey, unknown>;

/**
 * Whether two copies of an object differ at most in `field`: the same keys, every other value
 * identical (===, so arrays and objects by identity). An optimistic move makes a new copy that
 * changes one field and keeps the others, and a part of the page that does not show that field
 * can skip the render.
 */
export function sameApartFrom<T extends object>(a: T, b: T, field: keyof T): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof T>;
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === field || a[key] === b[key]);
}

/**
 * For memo's comparator: props identical except the object under `prop`, which may differ in
 * `field` alone (see sameApartFrom).
 */
export function samePropsApartFrom<P extends object>(a: P, b: P, prop: keyof P, field: PropertyKey): boolean {
  for (const key of Object.keys(a) as Array<keyof P>) {
    if (key !== prop && a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length && sameApartFrom(a[prop] as Fields, b[prop] as Fields, field);
}
