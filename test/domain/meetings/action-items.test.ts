import { describe, expect, it } from "vitest";
import {
  actionItemsFromLog,
  markDone,
  openItems,
  overdue,
  reopen,
  type ActionItem,
} from "../../../src/domain/meetings";

const created = new Date("2026-03-24T17:00:00Z");

function item(id: string, dueDate: string, extra: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    pairId: "pair-1",
    ownerPersonId: "person-ana",
    text: `do ${id}`,
    dueDate,
    doneAt: null,
    sessionId: "session-1",
    createdAt: created,
    ...extra,
  };
}

describe("action items", () => {
  it("are created from a saved log, open, owned and dated as entered", () => {
    let next = 0;
    const items = actionItemsFromLog(
      [
        { ownerPersonId: "person-bruno", text: "Share a document", dueDate: "2026-04-07" },
        { ownerPersonId: "person-ana", text: "Find a video", dueDate: "2026-03-31" },
      ],
      { pairId: "pair-1", sessionId: "session-9", now: created },
      () => `item-${++next}`,
    );
    expect(items).toEqual([
      {
        id: "item-1",
        pairId: "pair-1",
        ownerPersonId: "person-bruno",
        text: "Share a document",
        dueDate: "2026-04-07",
        doneAt: null,
        sessionId: "session-9",
        createdAt: created,
      },
      {
        id: "item-2",
        pairId: "pair-1",
        ownerPersonId: "person-ana",
        text: "Find a video",
        dueDate: "2026-03-31",
        doneAt: null,
        sessionId: "session-9",
        createdAt: created,
      },
    ]);
  });

  it("come back soonest due first until they are done", () => {
    const items = [
      item("late-written", "2026-04-01", { createdAt: new Date("2026-03-25T00:00:00Z") }),
      item("done", "2026-03-20", { doneAt: new Date("2026-03-21T00:00:00Z") }),
      item("later", "2026-04-10"),
      item("first-written", "2026-04-01"),
      item("soonest", "2026-03-28"),
    ];
    expect(openItems(items).map((i) => i.id)).toEqual(["soonest", "first-written", "late-written", "later"]);
  });

  it("are overdue once their due date is before today, and not on the day itself", () => {
    const items = [
      item("yesterday", "2026-03-27"),
      item("today", "2026-03-28"),
      item("done", "2026-03-01", { doneAt: created }),
    ];
    expect(overdue(items, "2026-03-28").map((i) => i.id)).toEqual(["yesterday"]);
  });

  it("keep the first time they were marked done when marked again, and can be reopened", () => {
    const first = markDone(item("a", "2026-04-01"), new Date("2026-03-30T10:00:00Z"));
    expect(first.doneAt).toEqual(new Date("2026-03-30T10:00:00Z"));
    expect(markDone(first, new Date("2026-03-31T10:00:00Z")).doneAt).toEqual(new Date("2026-03-30T10:00:00Z"));
    expect(openItems([reopen(first)]).map((i) => i.id)).toEqual(["a"]);
  });
});
