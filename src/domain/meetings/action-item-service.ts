import type { Clock } from "../clock";
import type { PairRecord } from "../pairing/proposal";
import type { Person } from "../people";
import { actionItemsFromLog, markDone, openItems, reopen, type ActionItem } from "./action-items";
import type { MeetingContext, MeetingRepository } from "./meetings";
import { isPartner, type ActionItemEntry } from "./session-log";

type ActionItemRepository = Pick<
  MeetingRepository,
  "replaceActionItems" | "actionItemsOfPairs" | "findActionItem" | "setActionItemDone"
>;

/**
 * A pair's action items: written with a session log, brought back until done, ticked by either
 * partner. Only the pair's two partners can see or change them.
 */
export class ActionItemService {
  constructor(
    private readonly repo: ActionItemRepository,
    private readonly domain: Pick<MeetingContext, "findPair" | "currentPairsOf">,
    private readonly clock: Clock,
  ) {}

  /**
   * The items a session log gives, in place of those an earlier save of the same log gave. Part of
   * the log's transaction: the caller (SessionService.log) has checked that the pair is the person's.
   */
  async replaceFromLog(
    session: { id: string; pairId: string },
    entries: ActionItemEntry[],
    now: Date,
  ): Promise<ActionItem[]> {
    return this.repo.replaceActionItems(
      session.id,
      actionItemsFromLog(entries, { pairId: session.pairId, sessionId: session.id, now }, () => "").map(
        ({ id: _id, createdAt: _at, ...item }) => item,
      ),
    );
  }

  /** The items one session produced, in the order they were written (to edit its log). */
  async ofSession(pairId: string, sessionId: string): Promise<ActionItem[]> {
    return (await this.repo.actionItemsOfPairs([pairId])).filter((item) => item.sessionId === sessionId);
  }

  /** Open action items of every pair the person is in (theirs and their partner's), due first. */
  async openActionItems(person: Person): Promise<{ pair: PairRecord; items: ActionItem[] }[]> {
    const pairs = await this.domain.currentPairsOf(person.id);
    const items = await this.repo.actionItemsOfPairs(pairs.map((p) => p.id));
    return pairs.map((pair) => ({ pair, items: openItems(items.filter((i) => i.pairId === pair.id)) }));
  }

  /** A pair's open action items, due first (for messages the bot sends the pair). */
  async openItemsOfPair(pairId: string): Promise<ActionItem[]> {
    return openItems(await this.repo.actionItemsOfPairs([pairId]));
  }

  /** Done (or not done after all): either partner may tick an item of their pair. */
  async setActionItemDone(person: Person, itemId: string, done: boolean): Promise<ActionItem | null> {
    const item = await this.repo.findActionItem(itemId);
    const pair = item ? await this.domain.findPair(item.pairId) : null;
    if (!item || !pair || !isPartner(pair, person.id)) return null;
    const next = done ? markDone(item, this.clock.now()) : reopen(item);
    return this.repo.setActionItemDone(item.id, next.doneAt);
  }
}
