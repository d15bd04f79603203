/**
 * Freezes a plain JSON-like value and everything inside it, so a stored value can be handed out
 * without copying and still never be changed by whoever holds it.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const member = record[key];
    // Most members are strings and numbers: tested here rather than in a call per member.
    if (member !== null && typeof member === 'object') deepFreeze(member);
  }
  return Object.freeze(value);
}
