/**
 * Who left a cohort is replaced, in that cohort's records, by a pseudonym that points to nobody:
 * the figures still count them, nothing leads back to their profile.
 */
const LEFT_PREFIX = "left:";

export function leftPseudonym(random: string): string {
  return `${LEFT_PREFIX}${random}`;
}

export function hasLeft(personId: string): boolean {
  return personId.startsWith(LEFT_PREFIX);
}
