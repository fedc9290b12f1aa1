import type { ActionItemEntry } from "./session-log";

/**
 * What either partner takes away from a session. Open items come back in every reminder and in
 * the App Home until their owner marks them done: the next session follows them up.
 */
export interface ActionItem {
  id: string;
  pairId: string;
  ownerPersonId: string;
  text: string;
  /** Calendar date, "yyyy-mm-dd". */
  dueDate: string;
  doneAt: Date | null;
  /** The logged session that produced it. */
  sessionId: string;
  createdAt: Date;
}

/** The items of a newly saved session log; `newId` makes each item's id. */
export function actionItemsFromLog(
  entries: ActionItemEntry[],
  origin: { pairId: string; sessionId: string; now: Date },
  newId: () => string,
): ActionItem[] {
  return entries.map((entry) => ({
    id: newId(),
    pairId: origin.pairId,
    ownerPersonId: entry.ownerPersonId,
    text: entry.text,
    dueDate: entry.dueDate,
    doneAt: null,
    sessionId: origin.sessionId,
    createdAt: origin.now,
  }));
}

function byDueDate(a: ActionItem, b: ActionItem): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  const created = a.createdAt.getTime() - b.createdAt.getTime();
  if (created !== 0) return created;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Items not done yet, soonest due first (then oldest first, so the order never flickers). */
export function openItems(items: readonly ActionItem[]): ActionItem[] {
  return items.filter((item) => item.doneAt === null).sort(byDueDate);
}

/** Open items whose due date is before `today` (the reader's calendar date, "yyyy-mm-dd"). */
export function overdue(items: readonly ActionItem[], today: string): ActionItem[] {
  return openItems(items).filter((item) => item.dueDate < today);
}

/** Marking an item done twice keeps the first time: a second click on an old message changes nothing. */
export function markDone(item: ActionItem, now: Date): ActionItem {
  return item.doneAt ? item : { ...item, doneAt: now };
}

export function reopen(item: ActionItem): ActionItem {
  return { ...item, doneAt: null };
}
