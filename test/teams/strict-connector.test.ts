import { describe, expect, it } from "vitest";
import { cardProblems, teamsActivityProblems } from "../support/teams-card-rules";

/** The fake connector is as strict as Teams: each rule refuses what Teams would refuse or show wrongly. */
describe("the fake Teams connector's card rules", () => {
  const card = (body: unknown[], actions: unknown[] = []) => ({ type: "AdaptiveCard", version: "1.5", body, actions });

  it("accepts a plain, valid card", () => {
    expect(
      cardProblems(
        card(
          [{ type: "TextBlock", text: "Hello **there**", wrap: true }],
          [{ type: "Action.Submit", title: "OK", data: {} }],
        ),
      ),
    ).toEqual([]);
  });

  it("refuses what the Adaptive Cards SDK refuses, and versions Teams does not render", () => {
    expect(
      cardProblems(
        card([
          { type: "Input.Text", id: "a" },
          { type: "Input.Text", id: "a" },
        ]),
      ).join(),
    ).toContain('Duplicate Id "a"');
    expect(cardProblems(card([{ type: "Input.Txt", id: "a" }])).join()).toContain('Unknown element type "Input.Txt"');
    expect(cardProblems({ ...card([]), version: "1.6" }).join()).toContain("up to 1.5");
  });

  it("refuses a second validating button on a form with required inputs", () => {
    const form = card(
      [{ type: "Input.Text", id: "a", label: "A", isRequired: true, errorMessage: "Fill it" }],
      [
        { type: "Action.Submit", title: "Send", data: {} },
        { type: "Action.Submit", title: "Cancel", data: {} },
      ],
    );
    expect(cardProblems(form).join()).toContain('need associatedInputs: "none"');
    const fixed = {
      ...form,
      actions: [form.actions[0], { type: "Action.Submit", title: "Cancel", data: {}, associatedInputs: "none" }],
    };
    expect(cardProblems(fixed)).toEqual([]);
  });

  it("refuses markdown Teams does not render, and markup in plain-text fields", () => {
    expect(cardProblems(card([{ type: "TextBlock", text: "Type `help`" }])).join()).toContain("inline code");
    expect(cardProblems(card([{ type: "TextBlock", text: "timezone <Region/City>" }])).join()).toContain("HTML-like");
    expect(cardProblems(card([{ type: "TextBlock", text: "timezone &lt;Region/City&gt; and \\`x\\`" }]))).toEqual([]);
    expect(
      cardProblems(card([{ type: "Input.Text", id: "a", label: "A", errorMessage: "Not **that**" }])).join(),
    ).toContain("plain-text field");
  });

  it("refuses values an input cannot show", () => {
    const choices = [{ title: "One", value: "1" }];
    expect(
      cardProblems(card([{ type: "Input.ChoiceSet", id: "c", label: "C", choices, value: "9" }])).join(),
    ).toContain("not one of the choices");
    expect(cardProblems(card([{ type: "Input.Date", id: "d", label: "D", value: "soon" }])).join()).toContain(
      "YYYY-MM-DD",
    );
  });

  it("refuses chat deep links with object ids or a topic in a one-to-one chat", () => {
    const link = (url: string) =>
      card([{ type: "ActionSet", actions: [{ type: "Action.OpenUrl", title: "Chat", url }] }]);
    expect(cardProblems(link("https://teams.microsoft.com/l/chat/0/0?users=aad-1,aad-2")).join()).toContain(
      "user principal names",
    );
    expect(
      cardProblems(link("https://teams.microsoft.com/l/chat/0/0?users=ana%40contoso.com&topicName=Pair")).join(),
    ).toContain("topicName is ignored");
    expect(cardProblems(link("https://teams.microsoft.com/l/chat/0/0?users=ana%40contoso.com"))).toEqual([]);
  });

  it("refuses a message over Teams' 100 KB", () => {
    const big = {
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          content: card([{ type: "TextBlock", text: "x".repeat(110 * 1024) }]),
        },
      ],
    };
    expect(teamsActivityProblems(big).join()).toContain("over Teams' 100 KB limit");
  });
});
